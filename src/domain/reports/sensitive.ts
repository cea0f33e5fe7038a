// What a log row itself reveals: the e-mail log shows date, sender, recipients and subject, so
// these checks look only at those — a personnummer or an individual's health or social-services
// matter in the subject, a private person as correspondent, a party-political subject.

import { findPersonnummer } from '../classify/personnummer';
import { detectSekretess } from '../classify/sekretess';
import type { Profile } from '../policy/types';
import { CONSUMER_MAIL_DOMAINS } from '../text/consumerMail';
import type { EmailAddress } from '../types';
import type { Bilingual } from './hygiene.types';

export type SensitiveKind = 'personnummer' | 'sekretess' | 'privat_korrespondent' | 'partipolitiskt';

export const SENSITIVE_KINDS: readonly SensitiveKind[] = ['personnummer', 'sekretess', 'privat_korrespondent', 'partipolitiskt'];

export const SENSITIVE_LABELS: Record<SensitiveKind, Bilingual> = {
  personnummer: { sv: 'Personnummer i ämnesraden', en: 'Personal identity number in the subject' },
  sekretess: { sv: 'Enskilds hälso- eller socialtjänstärende i ämnesraden', en: "An individual's health or social-services matter in the subject" },
  privat_korrespondent: { sv: 'Privatperson som motpart', en: 'Private individual as correspondent' },
  partipolitiskt: { sv: 'Partipolitiskt ämne eller motpart', en: 'Party-political subject or correspondent' },
};

export interface SensitiveFlag {
  kind: SensitiveKind;
  evidence: string;
}

const PARTY_WORDS =
  /\b(socialdemokraterna|socialdemokratisk\w*|moderaterna|moderat(a|er)?|sverigedemokraterna|centerpartiet|vänsterpartiet|kristdemokraterna|liberalerna|miljöpartiet|partigrupp\w*|gruppmöte\w*|partistyrelse\w*|medlemsmöte\w*|valrörelse\w*|valsedl\w*|nominering\w*|valberedning\w*|partiföreningen|partidistrikt\w*|kampanj\w*)\b/iu;

/** Party abbreviations only where they cannot be ordinary words: "KD-reservation", "S-gruppen". */
const PARTY_ABBREVIATION = /(?<![\p{L}\d])(S|M|SD|C|V|KD|L|MP)-(grupp\w*|reservation\w*|förslag\w*|motion\w*|yrkande\w*|interpellation\w*)/u;

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

function matchesDomain(domain: string, list: readonly string[]): boolean {
  return list.some((d) => {
    const x = d.toLowerCase().replace(/^@/, '');
    return domain === x || domain.endsWith(`.${x}`);
  });
}

export interface RowForCheck {
  subject: string;
  /** The other side(s) of the row: the sender of incoming mail, the recipients of outgoing. */
  counterparts: EmailAddress[];
}

export function sensitiveFlags(row: RowForCheck, profile: Profile): SensitiveFlag[] {
  const flags: SensitiveFlag[] = [];
  const pnr = findPersonnummer(row.subject);
  if (pnr.length > 0) flags.push({ kind: 'personnummer', evidence: `${pnr.length} personnummer` });
  const sekretess = detectSekretess(row.subject);
  if (sekretess) flags.push({ kind: 'sekretess', evidence: `${sekretess.kind}: ${sekretess.evidence}` });
  const own = [profile.politicianDomain, ...profile.orgDomains];
  const privateOnes = row.counterparts.filter((c) => {
    const d = domainOf(c.address);
    return CONSUMER_MAIL_DOMAINS.has(d) && !matchesDomain(d, own) && !matchesDomain(d, profile.partyDomains);
  });
  if (privateOnes.length > 0) flags.push({ kind: 'privat_korrespondent', evidence: privateOnes.map((c) => c.address).join(', ') });
  const partyCounterpart = row.counterparts.find((c) => matchesDomain(domainOf(c.address), profile.partyDomains));
  const partyWord = PARTY_WORDS.exec(row.subject) ?? PARTY_ABBREVIATION.exec(row.subject);
  if (partyCounterpart || partyWord) {
    flags.push({ kind: 'partipolitiskt', evidence: partyWord ? `"${partyWord[0]}"` : domainOf(partyCounterpart!.address) });
  }
  return flags;
}
