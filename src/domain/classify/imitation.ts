// Imitation: a sender that borrows a well-known service's or authority's name (in its domain or display name), or a link whose text shows another host.

import type { MailMessage } from '../types';

/**
 * Names fraud borrows, each with the registrable domains that really send for it (our own list of the
 * services and authorities Swedish politicians get mail from).
 */
const BRANDS: Readonly<Record<string, readonly string[]>> = (() => {
  const microsoft = ['microsoft.com', 'office.com', 'office365.com', 'microsoftonline.com', 'sharepoint.com', 'sharepointonline.com', 'outlook.com', 'live.com', 'onedrive.com', 'microsoft365.com'];
  return {
    microsoft, msft: microsoft, office365: microsoft, o365: microsoft, m365: microsoft, sharepoint: microsoft, onedrive: microsoft, teams: microsoft, outlook: microsoft,
    bankid: ['bankid.com'],
    skatteverket: ['skatteverket.se'],
    postnord: ['postnord.se', 'postnord.com'],
    docusign: ['docusign.com', 'docusign.net'],
    dhl: ['dhl.com', 'dhl.se'],
    forsakringskassan: ['forsakringskassan.se'],
    försäkringskassan: ['forsakringskassan.se'],
    transportstyrelsen: ['transportstyrelsen.se'],
    kivra: ['kivra.com', 'kivra.se'],
    swish: ['swish.nu', 'getswish.se'],
    paypal: ['paypal.com'],
    apple: ['apple.com', 'icloud.com'],
    netflix: ['netflix.com'],
    klarna: ['klarna.com', 'klarna.se'],
    // Round seven: Nordic banks and e-ID, e-signing and energy invoices.
    danskebank: ['danskebank.dk', 'danskebank.se', 'danskebank.com'],
    nordea: ['nordea.se', 'nordea.dk', 'nordea.com'],
    swedbank: ['swedbank.se', 'swedbank.com'],
    handelsbanken: ['handelsbanken.se', 'handelsbanken.com'],
    mitid: ['mitid.dk'],
    adobe: ['adobe.com', 'adobesign.com', 'echosign.com'],
    echosign: ['adobe.com', 'adobesign.com', 'echosign.com'],
    eon: ['eon.se', 'eon.com'],
    // Round nineteen: the agencies whose letters fraud imitates most (debts, student loans, farm aid, pensions, customs).
    kronofogden: ['kronofogden.se'],
    csn: ['csn.se'],
    jordbruksverket: ['jordbruksverket.se'],
    pensionsmyndigheten: ['pensionsmyndigheten.se'],
    tullverket: ['tullverket.se'],
  };
})();

/** Words that dress a borrowed name in a display name ("Microsoft account team", "BankID Support"). */
const DRESSING = new Set(['account', 'accounts', 'team', 'security', 'säkerhet', 'support', 'kundtjänst', 'kundservice', 'service', 'services', 'online', 'notification', 'notifications', 'no', 'reply', 'noreply', 'mail', 'info', 'admin', 'it', 'helpdesk', 'alert', 'alerts', '365', 'konto', 'kontot', 'via', 'the', 'id', 'e', 'sign', 'post', 'drive', 'office']);

/** The registrable part of a host: its last two labels (enough for .se, .com, .net and the like). */
export function registrable(host: string): string {
  return host.toLowerCase().split('.').slice(-2).join('.');
}

const sendsFor = (brand: string, domain: string) => BRANDS[brand].includes(registrable(domain));

/** Any borrowed name as a substring: most domains carry none, and are answered without splitting. */
const ANY_BRAND = new RegExp(Object.keys(BRANDS).join('|'));

/** Digits that stand in for letters in a look-alike domain (e0n → eon, micr0soft → microsoft). */
const DIGIT_LETTERS: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', '3': 'e', '5': 's' };

/** The borrowed name when the sender's domain carries it as a label part (digits read as the letters they imitate) but is not one of its own domains. */
export function borrowedDomain(domain: string): string | null {
  const lower = domain.toLowerCase();
  const read = /[0135]/.test(lower) ? lower.replace(/[0135]/g, (d) => DIGIT_LETTERS[d]) : lower;
  if (!ANY_BRAND.test(read)) return null;
  for (const part of read.split(/[-.]/)) if (BRANDS[part] && !sendsFor(part, domain)) return part;
  return null;
}

/** The borrowed name when the display name is only a service's name and its dressing, sent from a domain not its own. */
export function borrowedDisplayName(name: string, domain: string): string | null {
  if (!ANY_BRAND.test(name.toLowerCase())) return null;
  const words = name.toLowerCase().split(/[^a-z0-9åäö]+/).filter(Boolean);
  const brand = words.find((w) => BRANDS[w]);
  if (!brand || !words.every((w) => BRANDS[w] || DRESSING.has(w))) return null;
  return sendsFor(brand, domain) ? null : brand;
}

const ANCHOR = /<a\b[^>]*?\bhref\s*=\s*["']?https?:\/\/([^/"'\s>:?#]+)([^"'\s>]*)[^>]*>([\s\S]{0,300}?)<\/a\s*>/gi;
const SHOWN_HOST = /(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})/i;

/** Link-protection services that rewrite every link a gateway lets through (the real target is theirs, not a fraud's). */
const PROTECTORS = new Set(['mimecast.com', 'urldefense.com', 'proofpoint.com', 'outlook.com', 'cudasvc.com', 'sophos.com', 'trendmicro.com', 'cisco.com', 'fireeye.com', 'barracudanetworks.com']);

/** The registrable domains a fraud imitates in a link's text: the organisation's own and the services' above. */
export function trustedHosts(ownDomains: readonly string[]): Set<string> {
  return new Set([...ownDomains.filter(Boolean).map(registrable), ...Object.values(BRANDS).flat()]);
}

/**
 * A link in an HTML body whose text shows a trusted host (the organisation's own, a known service's)
 * while it leads to another: "shown → real", or null. A redirector that carries the shown host in its
 * address (Safe Links) and a link-protection service's rewrite are not mismatches.
 */
export function mismatchedLink(message: MailMessage, trusted: ReadonlySet<string>): string | null {
  if (message.body?.contentType !== 'html' || !message.body.content.includes('href')) return null;
  for (const m of message.body.content.matchAll(ANCHOR)) {
    const shown = SHOWN_HOST.exec(m[3].replace(/<[^>]*>/g, ''));
    if (!shown) continue;
    const real = m[1].toLowerCase();
    const shownHost = shown[1].toLowerCase();
    if (!trusted.has(registrable(shownHost)) || registrable(shownHost) === registrable(real) || PROTECTORS.has(registrable(real))) continue;
    let rest = m[2];
    try {
      rest = decodeURIComponent(rest);
    } catch {
      // A malformed escape: compare the address as written.
    }
    if (rest.toLowerCase().includes(registrable(shownHost))) continue;
    return `${shownHost} → ${real}`;
  }
  return null;
}
