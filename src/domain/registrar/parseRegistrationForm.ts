// parseRegistrationForm: what the registrar typed (OSL 5 kap. 2 §: datum inkommen, diarienummer,
// avsändare, kort om vad handlingen rör; OSL 5 kap. 5 §: the sekretess marking) checked into a
// Registration. Messages in Swedish with English twins; nothing is saved when anything is wrong.

import type { EmailAddress } from '../types';
import { normaliseDiarienummer, type DiarienummerRule } from './diarienummer';
import type { Registration, SekretessMarking } from './registration.types';

export interface RegistrationForm {
  diarienummer: string;
  arende: string;
  /** Avsändare as the registrar confirms it (prefilled from the metadata or the .eml). */
  avsandare: EmailAddress | null;
  sekretess: { provision: string; date: string; authority: string } | null;
  /** With sekretess: the public register entry's title (sender and subject left out). */
  publicTitle: string;
}

/** Facts about the delivery that the registrar does not type: the fields of a Registration that come from the delivery itself. */
export type RegistrationFacts = Pick<
  Registration,
  'datumInkommen' | 'registeredAt' | 'registeredBy' | 'mottagare' | 'reference' | 'key' | 'forwardedBy' | 'direction' | 'originalSubject' | 'originalInternetMessageId' | 'emlSha256' | 'emlName' | 'attachments'
>;

/** The delivery's facts as they go into a Registration (optional ids only when known). */
export function factsOfRegistration(facts: RegistrationFacts): RegistrationFacts {
  return {
    datumInkommen: facts.datumInkommen,
    registeredAt: facts.registeredAt,
    registeredBy: facts.registeredBy,
    mottagare: facts.mottagare,
    reference: facts.reference,
    key: facts.key,
    forwardedBy: facts.forwardedBy,
    direction: facts.direction,
    originalSubject: facts.originalSubject,
    ...(facts.originalInternetMessageId ? { originalInternetMessageId: facts.originalInternetMessageId } : {}),
    ...(facts.emlSha256 ? { emlSha256: facts.emlSha256 } : {}),
    emlName: facts.emlName,
    attachments: facts.attachments,
  };
}

export type FormField = 'diarienummer' | 'arende' | 'sekretess.provision' | 'sekretess.date' | 'sekretess.authority' | 'publicTitle';

export interface FormError {
  field: FormField;
  sv: string;
  en: string;
}

export type ParseFormResult = { ok: true; registration: Registration } | { ok: false; errors: FormError[] };

const MAX_ARENDE = 500;

function validDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const t = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === date;
}

export function parseRegistrationForm(form: RegistrationForm, facts: RegistrationFacts, rule: DiarienummerRule): ParseFormResult {
  const errors: FormError[] = [];
  const diarienummer = normaliseDiarienummer(form.diarienummer, rule);
  if (!diarienummer) {
    errors.push({ field: 'diarienummer', sv: `Diarienumret ska skrivas som ${rule.example}.`, en: `The diarienummer must look like ${rule.example}.` });
  }
  const arende = form.arende.trim().replace(/\s+/g, ' ');
  if (!arende) errors.push({ field: 'arende', sv: 'Skriv kort vad handlingen rör.', en: 'Say briefly what the document concerns.' });
  else if (arende.length > MAX_ARENDE) errors.push({ field: 'arende', sv: `Högst ${MAX_ARENDE} tecken.`, en: `At most ${MAX_ARENDE} characters.` });

  let sekretess: SekretessMarking | undefined;
  let publicTitle: string | undefined;
  if (form.sekretess) {
    const provision = form.sekretess.provision.trim();
    const date = form.sekretess.date.trim();
    const authority = form.sekretess.authority.trim();
    if (!/\bOSL\b|\d+\s*kap\./i.test(provision) || provision.length > 120) {
      errors.push({ field: 'sekretess.provision', sv: 'Ange bestämmelsen, t.ex. OSL 26 kap. 1 §.', en: 'Give the provision, e.g. OSL 26 kap. 1 §.' });
    }
    if (!validDate(date)) errors.push({ field: 'sekretess.date', sv: 'Ange datum som ÅÅÅÅ-MM-DD.', en: 'Give the date as YYYY-MM-DD.' });
    if (!authority || authority.length > 200) errors.push({ field: 'sekretess.authority', sv: 'Ange myndigheten som gjort anteckningen.', en: 'Give the authority that made the marking.' });
    sekretess = { provision, date, authority };
    publicTitle = form.publicTitle.trim().replace(/\s+/g, ' ');
    if (!publicTitle || publicTitle.length > MAX_ARENDE) {
      errors.push({ field: 'publicTitle', sv: 'Ange en offentlig rubrik utan avsändare och ämne.', en: 'Give a public title without sender and subject.' });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    registration: {
      ...factsOfRegistration(facts),
      diarienummer: diarienummer!,
      avsandare: form.avsandare,
      arende,
      ...(sekretess ? { sekretess, publicTitle } : {}),
      status: 'registrerad',
    },
  };
}

/** The entry the public register may show: with sekretess, the public title and no sender. */
export function publicEntry(r: Registration): { diarienummer: string; datumInkommen: string; title: string; avsandare: string | null } {
  if (r.sekretess) return { diarienummer: r.diarienummer, datumInkommen: r.datumInkommen, title: r.publicTitle ?? '', avsandare: null };
  return { diarienummer: r.diarienummer, datumInkommen: r.datumInkommen, title: r.arende, avsandare: r.avsandare?.address ?? null };
}
