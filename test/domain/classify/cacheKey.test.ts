// Tests for verdictCacheKey: classifier version and profile content, whatever the key order.

import { verdictCacheKey } from '../../../src/domain/classify';
import { KRONOBERG } from './support';

describe('verdictCacheKey', () => {
  it('is the same for the same profile content in another key order', () => {
    const reordered = Object.fromEntries(Object.entries(KRONOBERG).reverse()) as typeof KRONOBERG;
    expect(verdictCacheKey('v2', reordered)).toBe(verdictCacheKey('v2', KRONOBERG));
  });

  it('changes with the classifier version, the profile content and the learned weights', () => {
    const base = verdictCacheKey('v2', KRONOBERG);
    expect(verdictCacheKey('v3', KRONOBERG)).not.toBe(base);
    expect(verdictCacheKey('v2', { ...KRONOBERG, members: ['a@kronoberg.se'] })).not.toBe(base);
    expect(verdictCacheKey('v2', KRONOBERG, { 'klagomal.0': 0.5 })).not.toBe(base);
    expect(verdictCacheKey('v2', KRONOBERG, {})).toBe(base);
  });
});
