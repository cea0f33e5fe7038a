// acquireToken: silent, then popup; exactly one retry on a claims challenge.

import { AuthError } from '../../../src/adapters/msal/errors';
import { acquireToken, type MsalLike } from '../../../src/adapters/msal/tokenFlow';

function interactionRequired(claims?: string) {
  return Object.assign(new Error('interaction_required'), { name: 'InteractionRequiredAuthError', errorCode: 'interaction_required', claims });
}

function fakePca(script: { silent?: () => Promise<string>; popups?: (() => Promise<string>)[] }) {
  const calls: { kind: string; scopes: string[]; claims?: string }[] = [];
  let active: unknown = null;
  const popups = [...(script.popups ?? [])];
  const pca: MsalLike = {
    getActiveAccount: () => active,
    getAllAccounts: () => [],
    setActiveAccount: (a) => void (active = a),
    acquireTokenSilent: async (r) => {
      calls.push({ kind: 'silent', scopes: r.scopes, claims: r.claims });
      return { accessToken: await (script.silent ?? (() => Promise.reject(interactionRequired())))() };
    },
    acquireTokenPopup: async (r) => {
      calls.push({ kind: 'popup', scopes: r.scopes, claims: r.claims });
      const next = popups.shift();
      if (!next) throw new Error('unexpected popup');
      return { accessToken: await next(), account: { username: 'x' } };
    },
  };
  return { pca, calls, active: () => active };
}

describe('acquireToken', () => {
  describe('when a token is cached', () => {
    it('answers silently with exactly the scopes asked for', async () => {
      const f = fakePca({ silent: async () => 'tok-silent' });
      await expect(acquireToken(f.pca, ['Mail.Send'])).resolves.toBe('tok-silent');
      expect(f.calls).toEqual([{ kind: 'silent', scopes: ['Mail.Send'], claims: undefined }]);
    });
  });

  describe('when interaction is required', () => {
    it('opens one popup and remembers the account', async () => {
      const f = fakePca({ popups: [async () => 'tok-popup'] });
      await expect(acquireToken(f.pca, ['Mail.ReadWrite'])).resolves.toBe('tok-popup');
      expect(f.calls.map((c) => c.kind)).toEqual(['silent', 'popup']);
      expect(f.active()).toEqual({ username: 'x' });
    });

    it('passes the claims of a challenge raised by the silent call', async () => {
      const f = fakePca({ silent: () => Promise.reject(interactionRequired('{"access_token":{"acrs":{"essential":true}}}')), popups: [async () => 't'] });
      await acquireToken(f.pca, ['Mail.Send']);
      expect(f.calls[1]!.claims).toContain('acrs');
    });
  });

  describe('when the popup meets a claims challenge', () => {
    it('retries once with the claims', async () => {
      const f = fakePca({ popups: [() => Promise.reject(interactionRequired('c1')), async () => 'tok-retry'] });
      await expect(acquireToken(f.pca, ['Mail.Send'])).resolves.toBe('tok-retry');
      expect(f.calls.map((c) => `${c.kind}:${c.claims ?? ''}`)).toEqual(['silent:', 'popup:', 'popup:c1']);
    });

    it('does not retry a second time', async () => {
      const f = fakePca({ popups: [() => Promise.reject(interactionRequired('c1')), () => Promise.reject(interactionRequired('c2'))] });
      await expect(acquireToken(f.pca, ['Mail.Send'])).rejects.toBeInstanceOf(AuthError);
      expect(f.calls.filter((c) => c.kind === 'popup')).toHaveLength(2);
    });
  });

  describe('when Graph raised a claims challenge', () => {
    it('goes straight to the popup with those claims', async () => {
      const f = fakePca({ popups: [async () => 't'] });
      await acquireToken(f.pca, ['Mail.Send'], { claims: 'from-graph' });
      expect(f.calls).toEqual([{ kind: 'popup', scopes: ['Mail.Send'], claims: 'from-graph' }]);
    });
  });

  describe('when only a silent token may be had (a page load, no click)', () => {
    it('answers from the cache without opening a popup', async () => {
      const f = fakePca({ silent: async () => 'tok-silent' });
      await expect(acquireToken(f.pca, ['Sites.Selected'], { silentOnly: true })).resolves.toBe('tok-silent');
      expect(f.calls.map((c) => c.kind)).toEqual(['silent']);
    });

    it('fails with auth_interaction_required instead of opening a popup when interaction is needed', async () => {
      const f = fakePca({ popups: [async () => 'tok-popup'] });
      const error = await acquireToken(f.pca, ['Sites.Selected'], { silentOnly: true }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'auth_interaction_required' });
      expect(f.calls.map((c) => c.kind)).toEqual(['silent']);
    });

    it('does not open a popup for a claims challenge either', async () => {
      const f = fakePca({ popups: [async () => 'tok-popup'] });
      const error = await acquireToken(f.pca, ['Sites.Selected'], { silentOnly: true, claims: '{"access_token":{}}' }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'auth_interaction_required' });
      expect(f.calls).toEqual([]);
    });

    it('passes on other failures with their own code', async () => {
      const f = fakePca({ silent: () => Promise.reject(Object.assign(new Error('x'), { errorCode: 'server_error' })) });
      const error = await acquireToken(f.pca, ['Sites.Selected'], { silentOnly: true }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'auth_failed' });
    });
  });

  describe('when the person has clicked to sign in', () => {
    it('opens the popup at once, without a silent attempt first', async () => {
      const f = fakePca({ silent: async () => 'tok-silent', popups: [async () => 'tok-popup'] });
      await expect(acquireToken(f.pca, ['Sites.Selected'], { interactive: true })).resolves.toBe('tok-popup');
      expect(f.calls.map((c) => c.kind)).toEqual(['popup']);
    });

    it('passes a claims challenge to that popup', async () => {
      const f = fakePca({ popups: [async () => 'tok-popup'] });
      await acquireToken(f.pca, ['Sites.Selected'], { interactive: true, claims: '{"access_token":{}}' });
      expect(f.calls).toEqual([{ kind: 'popup', scopes: ['Sites.Selected'], claims: '{"access_token":{}}' }]);
    });

    it('still opens no window when silentOnly is asked for as well', async () => {
      const f = fakePca({ popups: [async () => 'tok-popup'] });
      const error = await acquireToken(f.pca, ['Sites.Selected'], { interactive: true, silentOnly: true }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'auth_interaction_required' });
      expect(f.calls.map((c) => c.kind)).toEqual(['silent']);
    });
  });

  describe('when it fails', () => {
    it('maps a closed popup to auth_cancelled with a Swedish sentence', async () => {
      const f = fakePca({ popups: [() => Promise.reject(Object.assign(new Error('closed'), { errorCode: 'user_cancelled' }))] });
      const error = await acquireToken(f.pca, ['Mail.Send']).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'auth_cancelled' });
    });

    it('keeps account names out of the error message', async () => {
      const f = fakePca({ silent: () => Promise.reject(Object.assign(new Error('AADSTS50020: User anna@mjolby.se'), { errorCode: 'server_error' })) });
      const error = (await acquireToken(f.pca, ['Mail.Send']).catch((e: unknown) => e)) as AuthError;
      expect(error.code).toBe('auth_failed');
      expect(error.message).not.toContain('anna@mjolby.se');
    });
  });
});
