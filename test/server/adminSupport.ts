// A tenant for the admin-side server tests: two politicians, a registrar and an admin, on a fixed clock.

import type { Corpus } from '../../src/domain/corpus';
import { POLITICIAN, syntheticCorpus } from './synthetic';

export const SECOND_POLITICIAN = 'bo.test@pol.testkommun.se';
/** The tests' clock: two days after the synthetic mail's newest message. */
export const NOW = new Date('2026-11-22T09:00:00Z');

export function adminCorpus(messages = 30): Corpus {
  const corpus = syntheticCorpus(messages);
  corpus.mailboxes.push({ organization: 'testkommun', owner: { name: 'Bo Test', address: SECOND_POLITICIAN }, roles: ['ersättare, kommunfullmäktige'], messages: [] });
  return corpus;
}

export { POLITICIAN };
