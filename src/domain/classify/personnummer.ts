// findPersonnummer: Swedish personal identity and coordination numbers (Luhn-checked), not phone numbers, dates or diarienummer.

// 6 or 8 digits of birth date, an optional '-' or '+', 4 digits; no digit, '-', '/', ':' or '.' glued on either side.
const CANDIDATE = /(?<![\d/:.\-–])(\d{6}|\d{8})([-+]?)(\d{4})(?![\d/:–]|[-.]\d)/g;
const SIX_DIGITS = /\d{6}/;
const PHONE_CONTEXT = /(?:^|[^a-zåäöé])(tel|telefon|telnr|tfn|mobil|mob|mobilnr|ring|sms|fax|växel)[.:]?\s*$/i;
const PNR_CONTEXT = /(personnummer|personnr|pnr|samordningsnummer|född|f\.)\W*$/i;

function luhnOk(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = tenDigits.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Month 01-12 and day 01-31, or day 61-91 for a samordningsnummer (day + 60). */
function plausibleDate(yymmdd: string): boolean {
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  if (month < 1 || month > 12) return false;
  return (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
}

/** Whether a text may hold a personnummer: a run of six digits (none spans a line break, so the parts of a joined text can be asked apart). */
export function mayHoldPersonnummer(text: string): boolean {
  return SIX_DIGITS.test(text);
}

/** Luhn-valid personnummer and samordningsnummer in the text, as written, in order of appearance. */
export function findPersonnummer(text: string): string[] {
  const found: string[] = [];
  // Most mail has no run of six digits (phone numbers and dates are split): skip the candidate search then.
  if (!SIX_DIGITS.test(text)) return found;
  for (const m of text.matchAll(CANDIDATE)) {
    const [whole, date, sep, last4] = m;
    if (date.length === 8 && !/^(18|19|20)/.test(date)) continue;
    const short = date.length === 8 ? date.slice(2) : date;
    if (!plausibleDate(short) || !luhnOk(short + last4)) continue;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 24), m.index);
    if (PHONE_CONTEXT.test(before)) continue;
    // Ten bare digits starting with 0 look like a Swedish phone number: need a personnummer word before it.
    // Not those no phone number can be (PTS's numbering plan): 00 is the international prefix, and after
    // Stockholm's 08 no subscriber number begins with 0 (someone born in 2000, or January–September 2008).
    if (!sep && date.length === 6 && date.startsWith('0') && !/^(00|080)/.test(date) && !PNR_CONTEXT.test(before)) continue;
    found.push(whole);
  }
  return found;
}
