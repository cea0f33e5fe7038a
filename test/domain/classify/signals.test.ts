// matchSignals: the stem gate is only a shortcut — on real mail it finds exactly what running every regex finds.

import { readFileSync } from 'fs';
import { join } from 'path';
import { parseCorpus } from '../../../src/domain/corpus';
import { matchSignals, patternStems, SIGNALS } from '../../../src/domain/classify/signals';
import { htmlToText } from '../../../src/domain/text/htmlToText';

describe('patternStems', () => {
  it('reads the literal starts of top-level and grouped alternatives', () => {
    expect(patternStems('(klagomål|jag vill klaga)')).toEqual(['klagomål', 'jag vill']);
    expect(patternStems('(remiss(en)?|remitterar)')).toEqual(['remiss', 'remitter']);
  });

  it('answers null when an alternative has no literal start', () => {
    expect(patternStems('(ab|[a-z]+ nämnden)')).toBeNull();
    expect(patternStems('(offert)?x')).toBeNull();
  });
});

describe('matchSignals', () => {
  it('finds the same first match for every signal as running each regex on the dev corpus', () => {
    const { corpus } = parseCorpus(readFileSync(join(__dirname, '../../fixtures/corpus/dev.json'), 'utf8'));
    for (const m of corpus!.mailboxes.flatMap((b) => b.messages)) {
      const body = m.body.contentType === 'html' ? htmlToText(m.body.content) : m.body.content;
      const lower = `${m.subject}\n${body}`.toLowerCase();
      const gated = matchSignals(lower);
      SIGNALS.forEach((sig, i) => {
        const re = new RegExp(sig.pattern.source, 'g');
        const direct = re.exec(lower);
        expect([m.id, i, gated.get(i)?.index]).toEqual([m.id, i, direct?.index]);
      });
    }
  });
});
