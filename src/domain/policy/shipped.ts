// The generic default profile as shipped, without the validators (zod): for bundles that must stay
// small and start fast — the task pane's first verdict and the Smart Alerts script.

import defaultProfileJson from './profiles/default.json';
import type { Profile } from './types';

/**
 * The very object parsePolicy makes of profiles/default.json (test/taskpane/verdictEngine.test.ts
 * holds the two equal), so callers need not load the validators to use it.
 */
export const SHIPPED_DEFAULT_PROFILE = defaultProfileJson as unknown as Profile;
