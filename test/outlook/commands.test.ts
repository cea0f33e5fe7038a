// Ribbon commands: the same use cases as the task pane, an outcome notice, and completed() on every path.

import { UseCaseError } from '../../src/app/errors';
import { COMMAND_GALLRA_MIN_CONFIDENCE, decideCommandGallra, decideCommandSend } from '../../src/commands/decide';
import { gallraCommand, sendToRegistrarCommand, type CommandDeps, type CommandServices } from '../../src/commands/handlers';
import { clipNotice, MAX_NOTICE_CHARS, officeNotify, type Notice } from '../../src/commands/notify';
import { OfficeError } from '../../src/adapters/office/officeAsync';
import { DEFAULT_PROFILE } from '../../src/domain/policy';
import type { MailMessage, Verdict } from '../../src/domain/types';
import type { MailboxPort, MessageId } from '../../src/ports/mailbox';

const message: MailMessage = {
  id: 'AAMk-ews', receivedDateTime: '2026-11-20T08:00:00.000Z', sentDateTime: '2026-11-20T08:00:00.000Z', isRead: true, importance: 'normal',
  from: { name: 'Medborgare', address: 'medborgare@example.se' }, toRecipients: [{ name: 'Politiker', address: 'pol@mjolby.se' }], ccRecipients: [],
  subject: 'Fråga om bygglov', body: { contentType: 'text', content: 'Hej' }, internetMessageHeaders: [], attachments: [],
};

function verdict(over: Partial<Verdict> = {}): Verdict {
  return { category: 'registrera', subtype: 'medborgarkontakt', confidence: 0.9, reasons: [{ rule: 'Mjölby: inkommen handling', evidence: 'bygglov' }], flags: [], ...over };
}

function setup(v: Verdict, over: Partial<CommandDeps> = {}) {
  const notices: Notice[] = [];
  const completed: unknown[] = [];
  const sent: unknown[] = [];
  const purged: unknown[] = [];
  const mailbox = { toImmutableIds: async (ids: readonly string[]) => ids.map((id) => `imm-${id}` as MessageId) } as unknown as MailboxPort;
  const services: CommandServices = { mailbox, profile: DEFAULT_PROFILE, owner: { name: 'Politiker', address: 'pol@mjolby.se', roles: [] }, clock: { now: () => '2026-11-26T10:00:00.000Z' } };
  const deps: CommandDeps = {
    readItem: async () => ({ message, restId: 'rest-1', itemId: 'AAMk-ews' }),
    services: async () => services,
    classify: () => v,
    notify: async (n) => void notices.push(n),
    useCases: {
      sendToRegistrar: async (_d, input) => {
        sent.push(input);
        return { status: 'delivered', key: 'k', ref: 'PV-1', sentCopyId: 'imm-sent' as MessageId, purged: [input.id], resumed: false };
      },
      gallra: async (_d, input) => {
        purged.push(input);
        return { done: [...input.ids], failed: [], notAttempted: [], journaled: 1, overridden: 0 };
      },
    },
    ...over,
  };
  const event = { completed: (o?: unknown) => void completed.push(o ?? null) };
  return { deps, event, notices, completed, sent, purged };
}

describe('sendToRegistrarCommand', () => {
  describe('when the message is an allmän handling', () => {
    it('sends it by its immutable id and shows the use case\'s outcome', async () => {
      const s = setup(verdict());
      await sendToRegistrarCommand(s.event, s.deps);
      expect(s.sent).toEqual([expect.objectContaining({ id: 'imm-rest-1', verdict: verdict() })]);
      expect(s.notices.map((n) => n.kind)).toEqual(['progress', 'success']);
      expect(s.notices[1]!.text).toBe('Skickat till registrator och gallrat från inkorg, skickat och papperskorg. Referens: PV-1.');
      expect(s.completed).toHaveLength(1);
    });
  });

  describe('when the verdict is gallra_ej_allman (party or private mail)', () => {
    it('refuses, says why with the rule, and sends nothing', async () => {
      const s = setup(verdict({ category: 'gallra_ej_allman', reasons: [{ rule: 'Kramfors 5.2: partipolitiskt', evidence: 'partiet' }] }));
      await sendToRegistrarCommand(s.event, s.deps);
      expect(s.sent).toEqual([]);
      const last = s.notices.at(-1)!;
      expect(last.kind).toBe('error');
      expect(last.text).toContain('inte en allmän handling');
      expect(last.text).toContain('Kramfors 5.2');
      expect(s.completed).toHaveLength(1);
    });
  });

  describe('when something fails', () => {
    it.each([
      ['no message is selected', { readItem: async () => Promise.reject(new OfficeError('no_item', 'none')) }, 'Inget meddelande är valt'],
      ['the configuration is missing', { services: async () => Promise.reject(Object.assign(new Error('x'), { code: 'config_missing' })) }, 'Postvakt saknar giltiga inloggningsinställningar'],
      ['the use case refuses', { useCases: { sendToRegistrar: async () => Promise.reject(new UseCaseError('too_large', { forwardedBytes: 40 * 1024 * 1024, limitBytes: 35 * 1024 * 1024 })) } }, 'cirka 40,0 MB när det bifogas, och gränsen är 35,0 MB'],
      ['the network is down', { useCases: { sendToRegistrar: async () => Promise.reject(new TypeError('fetch failed')) } }, 'Postvakt når inte e-postservern'],
    ] as const)('when %s it shows a Swedish error and completes', async (_name, over, text) => {
      const s = setup(verdict(), over as Partial<CommandDeps>);
      await sendToRegistrarCommand(s.event, s.deps);
      expect(s.notices.at(-1)).toEqual({ kind: 'error', text: expect.stringContaining(text) });
      expect(s.completed).toHaveLength(1);
    });

    it('refuses, in Swedish, when the profile has no registrar address, before touching the mailbox', async () => {
      const calls: string[] = [];
      const mailbox = new Proxy({} as MailboxPort, {
        get: (_t, name) => (name === 'address' ? 'pol@mjolby.se' : async (...args: unknown[]) => {
          calls.push(String(name));
          return name === 'toImmutableIds' ? (args[0] as string[]).map((id) => `imm-${id}`) : undefined;
        }),
      });
      const services: CommandServices = { mailbox, profile: DEFAULT_PROFILE, owner: { name: 'Politiker', address: 'pol@mjolby.se', roles: [] }, clock: { now: () => '2026-11-26T10:00:00.000Z' } };
      const s = setup(verdict(), { services: async () => services, useCases: {} });
      await sendToRegistrarCommand(s.event, s.deps);
      expect(calls).toEqual(['toImmutableIds']);
      expect(s.notices.at(-1)).toEqual({ kind: 'error', text: expect.stringContaining('registratorns e-postadress') });
      expect(s.completed).toHaveLength(1);
    });

    it('completes even when the notification itself fails', async () => {
      const s = setup(verdict(), { notify: async () => Promise.reject(new Error('item gone')) });
      await sendToRegistrarCommand(s.event, s.deps);
      expect(s.completed).toHaveLength(1);
    });
  });
});

describe('gallraCommand', () => {
  describe('when the verdict is a sure gallra_* with no flags', () => {
    it('purges the message and says so', async () => {
      const v = verdict({ category: 'gallra_ringa', confidence: 0.95 });
      const s = setup(v);
      await gallraCommand(s.event, s.deps);
      expect(s.purged).toEqual([expect.objectContaining({ ids: ['imm-rest-1'] })]);
      expect((s.purged[0] as { verdicts: Map<string, Verdict> }).verdicts.get('imm-rest-1')).toEqual(v);
      expect(s.notices.at(-1)).toEqual({ kind: 'success', text: expect.stringContaining('Gallrat') });
      expect(s.completed).toHaveLength(1);
    });
  });

  describe.each([
    ['registrera', verdict()],
    ['osaker', verdict({ category: 'osaker', confidence: 0.5 })],
    ['a gallra verdict below the confidence bar', verdict({ category: 'gallra_ringa', confidence: COMMAND_GALLRA_MIN_CONFIDENCE - 0.01 })],
    ['a gallra verdict with a flag', verdict({ category: 'gallra_ej_allman', confidence: 0.99, flags: ['personnummer'] })],
  ])('when the verdict is %s', (_name, v) => {
    it('purges nothing and asks the user to open Postvakt', async () => {
      const s = setup(v);
      await gallraCommand(s.event, s.deps);
      expect(s.purged).toEqual([]);
      expect(s.notices.at(-1)!.text).toMatch(/^Inget gallrades\..*Öppna Postvakt/);
      expect(s.completed).toHaveLength(1);
    });
  });

  describe('when the purge fails for the message', () => {
    it('reports the failure and completes', async () => {
      const s = setup(verdict({ category: 'gallra_ringa', confidence: 0.95 }), {
        useCases: { gallra: async (_d, input) => ({ done: [], failed: [{ id: input.ids[0]!, code: 'not_found', message: 'gone' }], notAttempted: [], journaled: 0, overridden: 0 }) },
      });
      await gallraCommand(s.event, s.deps);
      expect(s.notices.at(-1)).toEqual({ kind: 'error', text: expect.stringContaining('finns inte längre') });
      expect(s.completed).toHaveLength(1);
    });

    it('completes when the use case throws', async () => {
      const s = setup(verdict({ category: 'gallra_ringa', confidence: 0.95 }), {
        useCases: { gallra: async () => Promise.reject(new UseCaseError('log_request_hold')) },
      });
      await gallraCommand(s.event, s.deps);
      expect(s.notices.at(-1)).toEqual({ kind: 'error', text: expect.stringContaining('Gallring är spärrad: en begäran om din e-postlogg handläggs.') });
      expect(s.completed).toHaveLength(1);
    });
  });
});

describe('decideCommandSend', () => {
  it('lets registrera, gallra_ringa and osaker through and stops gallra_ej_allman', () => {
    expect(decideCommandSend(verdict()).act).toBe(true);
    expect(decideCommandSend(verdict({ category: 'osaker' })).act).toBe(true);
    expect(decideCommandSend(verdict({ category: 'gallra_ej_allman' })).act).toBe(false);
  });
});

describe('decideCommandGallra', () => {
  it('acts at the confidence bar exactly', () => {
    expect(decideCommandGallra(verdict({ category: 'gallra_ej_allman', confidence: COMMAND_GALLRA_MIN_CONFIDENCE }))).toEqual({ act: true });
  });
});

describe('officeNotify', () => {
  const calls: { key: string; details: Office.NotificationMessageDetails }[] = [];
  const item = { notificationMessages: { replaceAsync: (key: string, details: Office.NotificationMessageDetails, cb: () => void) => { calls.push({ key, details }); cb(); } } } as unknown as Office.MessageRead;

  beforeAll(() => {
    (globalThis as { Office?: unknown }).Office = { MailboxEnums: { ItemNotificationMessageType: { ErrorMessage: 'errorMessage', InformationalMessage: 'informationalMessage', ProgressIndicator: 'progressIndicator' } } };
  });
  afterAll(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('writes informational, progress and error notices under one key, clipped to 150 characters', async () => {
    const notify = officeNotify(item);
    await notify({ kind: 'success', text: 'Klart.' });
    await notify({ kind: 'progress', text: 'Arbetar …' });
    await notify({ kind: 'error', text: 'x'.repeat(400) });
    expect(calls.map((c) => c.key)).toEqual(['postvakt-outcome', 'postvakt-outcome', 'postvakt-outcome']);
    expect(calls[0]!.details).toEqual({ type: 'informationalMessage', message: 'Klart.', icon: 'Icon.postvakt.16', persistent: false });
    expect(calls[1]!.details.type).toBe('progressIndicator');
    expect(calls[2]!.details.message.length).toBe(MAX_NOTICE_CHARS);
    expect(clipNotice('kort')).toBe('kort');
  });

  it('resolves without an item (nothing to show the notice on)', async () => {
    await expect(officeNotify(null)({ kind: 'error', text: 'x' })).resolves.toBeUndefined();
  });
});
