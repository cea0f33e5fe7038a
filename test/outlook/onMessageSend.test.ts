// The OnMessageSend handler: completes exactly once on every path, warns in Swedish, cancelLabel only from Mailbox 1.14.

import { officeDraftReader } from '../../src/adapters/office/draft';
import { CANCEL_LABEL_SV, handleMessageSend, type DraftReader, type SendEvent } from '../../src/launchevent/onMessageSend';
import type { OutgoingMessage } from '../../src/domain/sendCheck';
import { DEFAULT_PROFILE } from '../../src/domain/policy';
import { sendPolicy } from '../../src/launchevent/policy';

function recordingEvent() {
  const calls: unknown[] = [];
  const event: SendEvent = { completed: (options) => void calls.push(options) };
  return { event, calls };
}

const plain: OutgoingMessage = { subject: 'Hej', body: 'Vi ses på mötet.', to: [{ address: 'a@mjolby.se' }], cc: [], bcc: [] };
const risky: OutgoingMessage = { ...plain, body: 'Hennes personnummer är 811218-9876.' };

function reader(message: OutgoingMessage): DraftReader {
  return { read: async () => message };
}

describe('handleMessageSend', () => {
  describe('when the draft is harmless', () => {
    it('allows the send', async () => {
      const { event, calls } = recordingEvent();
      await handleMessageSend(event, { draft: reader(plain), profile: DEFAULT_PROFILE, supportsCancelLabel: true });
      expect(calls).toEqual([{ allowEvent: true }]);
    });
  });

  describe('when the draft breaks a rule', () => {
    it('stops with the Swedish message and the Don\'t Send label where Mailbox 1.14 is supported', async () => {
      const { event, calls } = recordingEvent();
      await handleMessageSend(event, { draft: reader(risky), profile: DEFAULT_PROFILE, supportsCancelLabel: true });
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatchObject({ allowEvent: false, cancelLabel: CANCEL_LABEL_SV });
      expect((calls[0] as { errorMessage: string }).errorMessage).toContain('personnummer');
      expect(CANCEL_LABEL_SV.length).toBeLessThanOrEqual(20);
    });

    it('leaves cancelLabel out on older clients', async () => {
      const { event, calls } = recordingEvent();
      await handleMessageSend(event, { draft: reader(risky), profile: DEFAULT_PROFILE, supportsCancelLabel: false });
      expect(calls[0]).not.toHaveProperty('cancelLabel');
      expect(calls[0]).toMatchObject({ allowEvent: false });
    });
  });

  describe('when reading the draft fails', () => {
    it('still completes, allowing the send (Postvakt advises, it never blocks on its own failure)', async () => {
      const { event, calls } = recordingEvent();
      await handleMessageSend(event, { draft: { read: async () => Promise.reject(new Error('boom')) }, profile: DEFAULT_PROFILE, supportsCancelLabel: true });
      expect(calls).toEqual([{ allowEvent: true }]);
    });
  });

  describe('when reading the draft hangs', () => {
    it('completes at the deadline and only once, even if the read finishes later', async () => {
      const { event, calls } = recordingEvent();
      let fire: () => void = () => undefined;
      let release: (m: OutgoingMessage) => void = () => undefined;
      const pending = handleMessageSend(event, {
        draft: { read: () => new Promise((resolve) => (release = resolve)) },
        profile: DEFAULT_PROFILE,
        supportsCancelLabel: true,
        setTimer: (fn) => ((fire = fn), 1),
        clearTimer: () => undefined,
      });
      fire();
      expect(calls).toEqual([{ allowEvent: true }]);
      release(risky);
      await pending;
      expect(calls).toHaveLength(1);
    });
  });
});

describe('officeDraftReader', () => {
  const ok = <T,>(value: T) => (cb: (r: Office.AsyncResult<T>) => void) => cb({ status: 'succeeded', value } as unknown as Office.AsyncResult<T>);

  beforeAll(() => {
    (globalThis as { Office?: unknown }).Office = { CoercionType: { Text: 'text' } };
  });
  afterAll(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('reads subject, text body and recipients, marking distribution lists as groups', async () => {
    const item = {
      subject: { getAsync: ok('Ämne') },
      body: { getAsync: (_t: unknown, cb: (r: Office.AsyncResult<string>) => void) => ok('Text')(cb) },
      to: { getAsync: ok([{ emailAddress: 'A@x.se', displayName: 'A', recipientType: 'user' }]) },
      cc: { getAsync: ok([{ emailAddress: 'lista@x.se', displayName: 'Lista', recipientType: 'distributionList' }]) },
      bcc: { getAsync: ok([]) },
    } as unknown as Office.MessageCompose;
    expect(await officeDraftReader(item).read()).toEqual({
      subject: 'Ämne',
      body: 'Text',
      to: [{ address: 'A@x.se', isGroup: false }],
      cc: [{ address: 'lista@x.se', isGroup: true }],
      bcc: [],
    });
  });

  it('rejects with a typed OfficeError when Office reports a failure', async () => {
    const failed = (cb: (r: unknown) => void) => cb({ status: 'failed', error: { code: 9002 } });
    const item = { subject: { getAsync: failed }, body: { getAsync: (_t: unknown, cb: (r: unknown) => void) => failed(cb) }, to: { getAsync: failed }, cc: { getAsync: failed }, bcc: { getAsync: failed } } as unknown as Office.MessageCompose;
    await expect(officeDraftReader(item).read()).rejects.toMatchObject({ name: 'OfficeError', code: 'office_failed', officeCode: 9002 });
  });
});

describe('sendPolicy', () => {
  it('takes the threshold baked in from the deployment\'s policy, else the default profile\'s', () => {
    expect(sendPolicy('{"massMailingRecipients":10}')).toEqual({ massMailingRecipients: 10 });
    expect(sendPolicy('null')).toEqual({ massMailingRecipients: DEFAULT_PROFILE.massMailingRecipients });
    expect(sendPolicy('{"massMailingRecipients":"many"}')).toEqual({ massMailingRecipients: DEFAULT_PROFILE.massMailingRecipients });
    expect(sendPolicy('not json')).toEqual({ massMailingRecipients: DEFAULT_PROFILE.massMailingRecipients });
  });
});
