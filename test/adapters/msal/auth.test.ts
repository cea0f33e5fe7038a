// createAuth: NAA in Outlook where supported, the Office dialog where not, MSAL popup in a browser.

import { chooseStrategy, createAuth, type AuthEnvironment } from '../../../src/adapters/msal/auth';
import { dialogPageUrl, parseDialogReply, tokenThroughDialog, type DialogUi } from '../../../src/adapters/msal/dialogAuth';
import { parseDeploymentConfig } from '../../../src/adapters/msal/config';
import type { MsalLike } from '../../../src/adapters/msal/tokenFlow';

const CLIENT_ID = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';

function pca(token: string): MsalLike {
  return { getActiveAccount: () => null, getAllAccounts: () => [], setActiveAccount: () => undefined, acquireTokenSilent: async () => ({ accessToken: token }), acquireTokenPopup: async () => ({ accessToken: token }) };
}

function env(over: Partial<AuthEnvironment>): AuthEnvironment & { created: string[] } {
  const created: string[] = [];
  return {
    inOffice: true,
    supportsNaa: true,
    createNestable: async () => (created.push('nestable'), pca('naa-token')),
    createStandard: async () => (created.push('standard'), pca('spa-token')),
    created,
    ...over,
  };
}

describe('chooseStrategy', () => {
  it('picks NAA, then the dialog, then the browser flow', () => {
    expect(chooseStrategy({ inOffice: true, supportsNaa: true })).toBe('naa');
    expect(chooseStrategy({ inOffice: true, supportsNaa: false })).toBe('dialog');
    expect(chooseStrategy({ inOffice: false, supportsNaa: false })).toBe('browser');
  });
});

describe('createAuth', () => {
  it('creates the nestable client once, lazily, in Outlook with NestedAppAuth 1.1', async () => {
    const e = env({});
    const auth = createAuth({ clientId: CLIENT_ID }, e);
    expect(e.created).toEqual([]);
    await expect(auth.getToken(['Mail.Send'])).resolves.toBe('naa-token');
    await auth.getToken(['Mail.ReadWrite']);
    expect(e.created).toEqual(['nestable']);
  });

  it('uses the standard SPA client in a plain browser', async () => {
    const e = env({ inOffice: false, supportsNaa: false });
    await expect(createAuth({ clientId: CLIENT_ID }, e).getToken(['Mail.Send'])).resolves.toBe('spa-token');
    expect(e.created).toEqual(['standard']);
  });

  it('retries creating the client after a failed start', async () => {
    let attempts = 0;
    const e = env({ createNestable: async () => { attempts += 1; if (attempts === 1) throw new Error('network'); return pca('ok'); } });
    const auth = createAuth({ clientId: CLIENT_ID }, e);
    await expect(auth.getToken(['Mail.Send'])).rejects.toMatchObject({ code: 'auth_failed' });
    await expect(auth.getToken(['Mail.Send'])).resolves.toBe('ok');
  });

  it('refuses to start without a client id', () => {
    expect(() => createAuth({ clientId: '' }, env({}))).toThrow(expect.objectContaining({ code: 'auth_config' }));
  });

  describe('in Outlook without NAA', () => {
    function dialogUi(reply: (handlers: Map<string, (arg: unknown) => void>) => void, status = 'succeeded'): DialogUi & { urls: string[]; closed: number } {
      const state = { urls: [] as string[], closed: 0 };
      const ui = {
        ...state,
        displayDialogAsync: ((url: string, _opts: unknown, cb: (r: unknown) => void) => {
          ui.urls.push(url);
          const handlers = new Map<string, (arg: unknown) => void>();
          const dialog = { addEventHandler: (type: string, h: (arg: unknown) => void) => handlers.set(type, h), close: () => void (ui.closed += 1) };
          cb(status === 'succeeded' ? { status, value: dialog } : { status, error: { code: 12009 } });
          reply(handlers);
        }) as unknown as DialogUi['displayDialogAsync'],
      };
      return ui;
    }

    beforeAll(() => {
      (globalThis as { Office?: unknown }).Office = { EventType: { DialogMessageReceived: 'msg', DialogEventReceived: 'evt' } };
    });
    afterAll(() => {
      delete (globalThis as { Office?: unknown }).Office;
    });

    it('gets the token from the dialog page and closes the dialog', async () => {
      const ui = dialogUi((h) => h.get('msg')!({ message: JSON.stringify({ status: 'ok', accessToken: 'dlg-token' }) }));
      const auth = createAuth({ clientId: CLIENT_ID, dialogUrl: 'https://localhost:3000/dialog.html' }, env({ supportsNaa: false, ui }));
      await expect(auth.getToken(['Mail.Send', 'Mail.ReadWrite'])).resolves.toBe('dlg-token');
      expect(ui.urls[0]).toBe('https://localhost:3000/dialog.html?scopes=Mail.Send+Mail.ReadWrite');
      expect(ui.closed).toBe(1);
    });

    it('names the mailbox owner to the dialog page as the account to sign in', async () => {
      const ui = dialogUi((h) => h.get('msg')!({ message: JSON.stringify({ status: 'ok', accessToken: 'dlg-token' }) }));
      const auth = createAuth({ clientId: CLIENT_ID, dialogUrl: 'https://h/dialog.html', loginHint: 'pol@pol.kramfors.se' }, env({ supportsNaa: false, ui }));
      await auth.getToken(['Mail.Send']);
      expect(new URL(ui.urls[0]).searchParams.get('login_hint')).toBe('pol@pol.kramfors.se');
    });

    it('answers a silent-only request from a kept dialog token, and never opens a dialog for one', async () => {
      const ui = dialogUi((h) => h.get('msg')!({ message: JSON.stringify({ status: 'ok', accessToken: 'dlg-token' }) }));
      const auth = createAuth({ clientId: CLIENT_ID, dialogUrl: 'https://h/dialog.html' }, env({ supportsNaa: false, ui }));
      await expect(auth.getToken(['Mail.Send'], { silentOnly: true })).rejects.toMatchObject({ code: 'auth_interaction_required' });
      expect(ui.urls).toHaveLength(0);
      await auth.getToken(['Mail.Send']);
      await expect(auth.getToken(['Mail.Send'], { silentOnly: true })).resolves.toBe('dlg-token');
      expect(ui.urls).toHaveLength(1);
    });

    it('reuses a dialog token until shortly before it expires, then opens the dialog again', async () => {
      let clock = 1_000_000;
      const ui = dialogUi((h) => h.get('msg')!({ message: JSON.stringify({ status: 'ok', accessToken: `t${clock}`, expiresOn: clock + 60 * 60_000 }) }));
      const auth = createAuth({ clientId: CLIENT_ID, dialogUrl: 'https://h/dialog.html' }, env({ supportsNaa: false, ui, now: () => clock }));
      await expect(auth.getToken(['Mail.Send'])).resolves.toBe('t1000000');
      clock += 50 * 60_000;
      await expect(auth.getToken(['Mail.Send'])).resolves.toBe('t1000000');
      expect(ui.urls).toHaveLength(1);
      clock += 6 * 60_000;
      await expect(auth.getToken(['Mail.Send'])).resolves.toBe(`t${clock}`);
      expect(ui.urls).toHaveLength(2);
    });

    it('opens one dialog for parallel requests of the same scopes, and never two dialogs at once', async () => {
      const open: string[] = [];
      let most = 0;
      const pending: (() => void)[] = [];
      const ui = dialogUi((h) => {
        const scopes = new URL(ui.urls.at(-1)!).searchParams.get('scopes')!;
        open.push(scopes);
        most = Math.max(most, open.length);
        pending.push(() => {
          open.splice(open.indexOf(scopes), 1);
          h.get('msg')!({ message: JSON.stringify({ status: 'ok', accessToken: `t-${scopes}` }) });
        });
      });
      const auth = createAuth({ clientId: CLIENT_ID, dialogUrl: 'https://h/dialog.html' }, env({ supportsNaa: false, ui }));
      const all = Promise.all([auth.getToken(['Mail.ReadWrite']), auth.getToken(['Mail.ReadWrite']), auth.getToken(['Mail.Send'])]);
      for (let i = 0; i < 20 && (pending.length > 0 || ui.urls.length < 2); i += 1) {
        await new Promise((r) => setTimeout(r, 0));
        pending.shift()?.();
      }
      await expect(all).resolves.toEqual(['t-Mail.ReadWrite', 't-Mail.ReadWrite', 't-Mail.Send']);
      expect(ui.urls).toHaveLength(2);
      expect(most).toBe(1);
    });

    it('fails every request sharing a dialog the person cancelled, and opens the next one afterwards', async () => {
      let n = 0;
      const ui = dialogUi((h) => (n += 1) === 1 ? h.get('evt')!({ error: 12006 }) : h.get('msg')!({ message: JSON.stringify({ status: 'ok', accessToken: 'later' }) }));
      const auth = createAuth({ clientId: CLIENT_ID, dialogUrl: 'https://h/dialog.html' }, env({ supportsNaa: false, ui }));
      const both = await Promise.allSettled([auth.getToken(['Mail.ReadWrite']), auth.getToken(['Mail.ReadWrite'])]);
      expect(both.map((r) => (r.status === 'rejected' ? (r.reason as { code: string }).code : r.value))).toEqual(['auth_cancelled', 'auth_cancelled']);
      await expect(auth.getToken(['Mail.ReadWrite'])).resolves.toBe('later');
      expect(ui.urls).toHaveLength(2);
    });

    it('reports a closed dialog as cancelled and a blocked one as blocked', async () => {
      const closed = dialogUi((h) => h.get('evt')!({ error: 12006 }));
      await expect(tokenThroughDialog(closed, 'https://h/dialog.html', ['Mail.Send'])).rejects.toMatchObject({ code: 'auth_cancelled' });
      const blocked = dialogUi(() => undefined, 'failed');
      await expect(tokenThroughDialog(blocked, 'https://h/dialog.html', ['Mail.Send'])).rejects.toMatchObject({ code: 'auth_dialog_blocked' });
    });

    it.each([
      ['access_denied', 'auth_cancelled'],
      ['user_cancelled', 'auth_cancelled'],
      ['auth_config', 'auth_config'],
      ['invalid_grant', 'auth_failed'],
      ['endpoints_resolution_error', 'auth_failed'],
    ])('words the dialog page\'s error %s as %s', async (pageCode, code) => {
      const ui = dialogUi((h) => h.get('msg')!({ message: JSON.stringify({ status: 'error', code: pageCode }) }));
      await expect(tokenThroughDialog(ui, 'https://h/dialog.html', ['Mail.Send'])).rejects.toMatchObject({ code });
      expect(ui.closed).toBe(1);
    });
  });
});

describe('dialog messages', () => {
  it('carries claims in the page URL and reads replies defensively', () => {
    expect(dialogPageUrl('https://h/dialog.html', ['Mail.Send'], { claims: 'c' })).toBe('https://h/dialog.html?scopes=Mail.Send&claims=c');
    expect(parseDialogReply('{"status":"ok","accessToken":"t"}')).toEqual({ status: 'ok', accessToken: 't' });
    expect(parseDialogReply('{"status":"ok","accessToken":"t","expiresOn":5}')).toEqual({ status: 'ok', accessToken: 't', expiresOn: 5 });
    expect(parseDialogReply('{"status":"ok"}')).toEqual({ status: 'error', code: 'unknown' });
    expect(parseDialogReply('not json')).toEqual({ status: 'error', code: 'bad_reply' });
  });
});

describe('parseDeploymentConfig', () => {
  it('accepts a complete configuration and fills defaults', () => {
    expect(parseDeploymentConfig({ clientId: CLIENT_ID, productionBaseUrl: 'https://postvakt.mjolby.se/' })).toEqual({
      ok: true,
      config: { clientId: CLIENT_ID, authority: 'https://login.microsoftonline.com/organizations', graphBaseUrl: 'https://graph.microsoft.com', productionBaseUrl: 'https://postvakt.mjolby.se' },
    });
  });

  it('names every bad field', () => {
    const result = parseDeploymentConfig({ clientId: 'CHANGE-ME', authority: 'http://login', graphBaseUrl: 'nope', productionBaseUrl: 'ftp://x' });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['clientId', 'authority', 'graphBaseUrl', 'productionBaseUrl']);
    expect(parseDeploymentConfig(null).ok).toBe(false);
  });

  it('takes knownAuthorities as host names with an optional port, lower-cased', () => {
    const result = parseDeploymentConfig({ clientId: CLIENT_ID, authority: 'https://login.example.se/tenant', knownAuthorities: ['Login.Example.se', 'localhost:8443'] });
    expect(result.ok ? result.config.knownAuthorities : null).toEqual(['login.example.se', 'localhost:8443']);
  });

  it.each([[[]], [['https://login.example.se']], [['login.example.se/tenant']], ['login.example.se'], [[42]], [Array(11).fill('a.se')]])('refuses knownAuthorities %j', (value) => {
    const result = parseDeploymentConfig({ clientId: CLIENT_ID, knownAuthorities: value });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['knownAuthorities']);
  });
});
