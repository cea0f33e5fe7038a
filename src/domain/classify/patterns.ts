// The classifier's text patterns in one PatternSet, so each part of a message is scanned once for all of them.

import { PatternSet, type TextScan } from '../text/patternSet';
import { LURE, REQUEST_PHRASES } from './flags';
import { SEKRETESS_PATTERNS } from './sekretess';
import { SIGNALS } from './signals';

export const MESSAGE_PATTERNS = new PatternSet({
  signals: SIGNALS.map((s) => s.pattern),
  sekretess: SEKRETESS_PATTERNS,
  lure: [LURE],
  request: [REQUEST_PHRASES],
});

export type MessageScan = TextScan<'signals' | 'sekretess' | 'lure' | 'request'>;
