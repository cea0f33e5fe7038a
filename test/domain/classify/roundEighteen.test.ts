// Tests for round eighteen (postvakt-model/2.17.0): the precedence that settles a close call (tieBreak.ts), the safety checks that still hold its answer (decide.ts), a request for records named plainly, and a document sent in from outside.

import { DOUBT, doubtOf } from '../../../src/domain/classify/decide';
import type { Hit, Scored } from '../../../src/domain/classify/score';
import type { Leaning } from '../../../src/domain/classify/signals';
import { tieBreak } from '../../../src/domain/classify/tieBreak';
import { ROLE_DEFAULT_EVIDENCE } from '../../../src/domain/classify/positive';
import { featureIds, message, verdictOf } from './support';

type Sign = [id: string, leaning: Leaning, weight: number, subtype?: string, quoted?: boolean];

function scoredOf(...signs: Sign[]): Scored {
  const hits: Hit[] = signs.map(([id, leaning, weight, subtype, quoted]) => ({ id, x: 1, leaning, weight, label: id, subtype: subtype ?? id.replace(/\..*$/, ''), evidence: '', quoted: quoted ?? false }));
  const totals: Record<Leaning, number> = { registrera: 0, gallra_ej_allman: 0, gallra_ringa: 0 };
  for (const h of hits) totals[h.leaning] += h.weight;
  return { totals, shippedTotals: { ...totals }, hits, learnedIds: [] };
}

describe('a close call between a matter and words of private life', () => {
  it('goes to registrera when the matter rests on structure (a thread, secrecy) and the private side on words alone', () => {
    expect(tieBreak(scoredOf(['struktur.trad', 'registrera', 2.4], ['stam.privat', 'gallra_ej_allman', 2.3]), 'registrera', 'gallra_ej_allman')).toBe('registrera');
    expect(tieBreak(scoredOf(['privat.2', 'gallra_ej_allman', 2.3], ['struktur.sekretess', 'registrera', 1.7], ['verksamhet.1', 'registrera', 1.1]), 'gallra_ej_allman', 'registrera')).toBe('registrera');
  });

  it('stays osäker when the matter is words only, or the other side is a party group, a party word or a structural sign', () => {
    expect(tieBreak(scoredOf(['medborgarfraga.1', 'registrera', 2.4], ['stam.privat', 'gallra_ej_allman', 2.3]), 'registrera', 'gallra_ej_allman')).toBeNull();
    expect(tieBreak(scoredOf(['roll.media', 'registrera', 2.4], ['partipolitiskt.3', 'gallra_ej_allman', 2.9]), 'gallra_ej_allman', 'registrera')).toBeNull();
    expect(tieBreak(scoredOf(['struktur.trad', 'registrera', 2.4], ['stam.partigrupp', 'gallra_ej_allman', 2.3]), 'registrera', 'gallra_ej_allman')).toBeNull();
    expect(tieBreak(scoredOf(['struktur.svar_i_uppdraget', 'registrera', 2.4], ['struktur.trad', 'gallra_ej_allman', 2.3]), 'registrera', 'gallra_ej_allman')).toBeNull();
  });

  it('never settles toward a purge: a contact outside against a matter word stays osäker', () => {
    expect(tieBreak(scoredOf(['struktur.underhandskontakt', 'gallra_ej_allman', 1.9], ['beslut.0', 'registrera', 1.7]), 'registrera', 'gallra_ej_allman')).toBeNull();
  });
});

describe('a close call between a matter and a copy for information', () => {
  it('goes to registrera when "för kännedom" in the newest part is ringa\'s only sign', () => {
    const copy = scoredOf(['kopia_for_kannedom.0', 'gallra_ringa', 3.3, 'kopia_for_kannedom'], ['klagomal.0', 'registrera', 3.0]);
    expect(tieBreak(copy, 'gallra_ringa', 'registrera')).toBe('registrera');
    const withStructure = scoredOf(['kopia_for_kannedom.0', 'gallra_ringa', 3.3, 'kopia_for_kannedom'], ['struktur.kopia_fran_forvaltningen', 'gallra_ringa', 1.3, 'kopia_for_kannedom'], ['arende.5', 'registrera', 2.7], ['till_namnden.0', 'registrera', 1.6]);
    expect(tieBreak(withStructure, 'gallra_ringa', 'registrera')).toBe('registrera');
  });

  it('goes to registrera when the matter is the forwarded letter below the copy', () => {
    expect(tieBreak(scoredOf(['kopia_for_kannedom.0', 'gallra_ringa', 3.3, 'kopia_for_kannedom'], ['overklagande.0', 'registrera', 3.0, undefined, true]), 'gallra_ringa', 'registrera')).toBe('registrera');
  });

  it('stays osäker when "för kännedom" is itself only quoted', () => {
    expect(tieBreak(scoredOf(['kopia_for_kannedom.0', 'gallra_ringa', 3.3, 'kopia_for_kannedom', true], ['klagomal.0', 'registrera', 3.0]), 'registrera', 'gallra_ringa')).toBeNull();
  });

  it('stays osäker beside another routine sign, or for a copy known by structure only', () => {
    expect(tieBreak(scoredOf(['kopia_for_kannedom.0', 'gallra_ringa', 3.3, 'kopia_for_kannedom'], ['kallelse.1', 'gallra_ringa', 0.5, 'kallelse'], ['klagomal.0', 'registrera', 3.5]), 'registrera', 'gallra_ringa')).toBeNull();
    expect(tieBreak(scoredOf(['struktur.kopia_till_utomstaende', 'gallra_ringa', 2.5, 'kopia_for_kannedom'], ['struktur.trad', 'registrera', 2.4]), 'gallra_ringa', 'registrera')).toBeNull();
  });

  it('leaves a meeting against a matter word osäker (the labels split there)', () => {
    expect(tieBreak(scoredOf(['inbjudan.0', 'gallra_ringa', 2.9, 'inbjudan'], ['till_namnden.0', 'registrera', 2.5]), 'gallra_ringa', 'registrera')).toBeNull();
  });
});

describe('a close call between a meeting and a party or private word', () => {
  it('goes to ringa when the newest part invites or summons', () => {
    expect(tieBreak(scoredOf(['partipolitiskt.0', 'gallra_ej_allman', 3.6], ['inbjudan.0', 'gallra_ringa', 2.9, 'inbjudan']), 'gallra_ej_allman', 'gallra_ringa')).toBe('gallra_ringa');
    expect(tieBreak(scoredOf(['kallelse.1', 'gallra_ringa', 4.7, 'kallelse'], ['partipolitiskt.5', 'gallra_ej_allman', 3.9]), 'gallra_ringa', 'gallra_ej_allman')).toBe('gallra_ringa');
  });

  it("stays osäker for a party group's or a union's meeting, or when the invitation is only quoted", () => {
    expect(tieBreak(scoredOf(['kallelse.5', 'gallra_ringa', 2.9, 'kallelse'], ['stam.partigrupp', 'gallra_ej_allman', 2.4]), 'gallra_ringa', 'gallra_ej_allman')).toBeNull();
    expect(tieBreak(scoredOf(['inbjudan.0', 'gallra_ringa', 3.0, 'inbjudan'], ['fackligt.1', 'gallra_ej_allman', 2.6]), 'gallra_ringa', 'gallra_ej_allman')).toBeNull();
    expect(tieBreak(scoredOf(['inbjudan.0', 'gallra_ringa', 2.9, 'inbjudan', true], ['privat.3', 'gallra_ej_allman', 2.1]), 'gallra_ringa', 'gallra_ej_allman')).toBeNull();
    expect(tieBreak(scoredOf(['nyhetsbrev.1', 'gallra_ringa', 2.1], ['struktur.underhandskontakt', 'gallra_ej_allman', 1.9]), 'gallra_ringa', 'gallra_ej_allman')).toBeNull();
  });
});

describe('doubtOf with a precedence', () => {
  const t = (registrera: number, gallra_ej_allman: number, gallra_ringa: number) => ({ registrera, gallra_ej_allman, gallra_ringa });

  it('settles a close call the precedence decides, and leaves it close when the precedence has no answer', () => {
    expect(doubtOf(t(2.4, 2.3, 0), t(2.4, 2.3, 0), DOUBT, () => 'registrera')).toBeNull();
    expect(doubtOf(t(2.4, 2.3, 0), t(2.4, 2.3, 0), DOUBT, () => null)).toEqual({ kind: 'close', top: 'registrera', second: 'gallra_ej_allman' });
  });

  it('still holds a settled purge over real signs of a public record, and a settled registration over real private signs', () => {
    expect(doubtOf(t(3.3, 0, 3.6), t(3.3, 0, 3.6), DOUBT, () => 'gallra_ringa')).toEqual({ kind: 'public_record' });
    expect(doubtOf(t(3.9, 3.1, 0), t(3.9, 3.1, 0), DOUBT, () => 'registrera')).toEqual({ kind: 'private' });
  });

  it('never settles evidence too weak to decide', () => {
    expect(doubtOf(t(1.2, 1, 0), t(1.2, 1, 0), DOUBT, () => 'registrera')).toEqual({ kind: 'weak' });
  });
});

describe('a request for records named plainly', () => {
  it.each([
    ['Begäran om handlingar – bygglovet', 'Hej. Skicka beslutet om bygglovet på Storgatan 4 till mig. Mvh Per'],
    ['Fråga', 'Jag vill ha kopior på all korrespondens mellan nämnden och entreprenören i oktober.'],
    ['Underlag', 'Kan jag få kopior av hela utredningen om äldreboendet?'],
  ])('is a begäran om allmän handling: "%s"', (subject, text) => {
    expect(featureIds(message({ subject, text, fromAddress: 'per.holm@bredband.net' })).filter((id) => id.startsWith('begaran_allman_handling'))).not.toEqual([]);
  });

  it.each([
    ['Handlingar till mötet', 'Handlingarna till torsdagens möte finns i portalen.'],
    ['Kopior', 'Jag skrev ut kopior på allt material till gruppmötet.'],
  ])('is not one in "%s"', (subject, text) => {
    expect(featureIds(message({ subject, text, fromAddress: 'per.holm@bredband.net' })).filter((id) => id.startsWith('begaran_allman_handling'))).toEqual([]);
  });
});

describe('a document sent in from outside with nothing else to go on', () => {
  const pdf = [{ name: 'Underlag.pdf', contentType: 'application/pdf', size: 48_000 }];
  const plain = { subject: 'Material', text: 'Hej, här kommer materialet som utlovat. Hälsningar Eva Lund, Lunds Konsult AB', attachments: pdf };

  it("is registered by the role's default", () => {
    const v = verdictOf(message({ ...plain, fromAddress: 'eva.lund@lundskonsult.se' }));
    expect(v.category).toBe('registrera');
    expect(v.reasons.map((r) => r.evidence)).toContain(ROLE_DEFAULT_EVIDENCE);
  });

  it('stays osäker without the attachment, from a union, or beside a sign of a purge', () => {
    expect(verdictOf(message({ ...plain, attachments: [], fromAddress: 'eva.lund@lundskonsult.se' })).category).toBe('osaker');
    expect(verdictOf(message({ ...plain, fromAddress: 'eva.lund@kommunal.se' })).category).not.toBe('registrera');
    expect(verdictOf(message({ ...plain, text: 'Hej vännen, här är bilderna från Annas 50-årsfest i lördags! Kram Eva', fromAddress: 'eva.lund@lundskonsult.se' })).category).not.toBe('registrera');
  });
});
