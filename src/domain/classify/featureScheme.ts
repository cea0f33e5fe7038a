// FEATURE_SCHEME: the fingerprint of the shipped model's feature definitions, checked in (hashing them costs over 1 ms at load).
// test/domain/classify/featureScheme.test.ts recomputes it with featureScheme() (model.ts) and names the new value when a round changed a signal.

/**
 * Stamped on every decision record and on the learned weights kept in the roaming settings; learning
 * is applied only under the same scheme, so a weight is never adjusted by what was learnt on another
 * feature that once had its id. A refit (new weights, same signals) keeps it.
 */
export const FEATURE_SCHEME = '728692e2';
