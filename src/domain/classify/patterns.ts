// The classifier's text patterns in one PatternSet, so each part of a message is scanned once for all of them.

import { PatternSet, type TextScan } from '../text/patternSet';
import { LURE, REQUEST_PATTERNS } from './flags';
import { SEKRETESS_PATTERNS } from './sekretess';
import { SIGNALS } from './signals';

export const MESSAGE_PATTERNS = new PatternSet({
  signals: SIGNALS.map((s) => s.pattern),
  sekretess: SEKRETESS_PATTERNS,
  lure: [LURE],
  request: [...REQUEST_PATTERNS],
});

export type MessageScan = TextScan<'signals' | 'sekretess' | 'lure' | 'request'>;
