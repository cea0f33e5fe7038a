// readCurrentItem and onItemChanged over a small Office stub (web, Windows, iOS, Android).

import { onItemChanged, readCurrentItem, toRestId } from '../../../src/adapters/office/currentItem';
import { closeContainerIfMobile, isMobileHost } from '../../../src/adapters/office/host';
import { parseRawHeaders } from '../../../src/adapters/office/headers';
import { fail, installOffice, removeOffice, succeed } from './officeStub';

const RAW_HEADERS = 'Received: from mx.example.se\r\n\tby mail.mjolby.se\r\nList-Unsubscribe: <mailto:u@example.se>\r\nSubject: Hej\r\n';

function readItem(over: Record<string, unknown> = {}) {
  return {
    itemId: 'AAMkAD/abc+def=',
    subject: 'Kallelse till nämnden',
    from: { displayName: 'Nämndsekreterare', emailAddress: 'sekr@mjolby.se' },
    to: [{ displayName: 'Politiker', emailAddress: 'pol@mjolby.se' }],
    cc: [],
    dateTimeCreated: new Date('2026-11-20T08:00:00Z'),
    attachments: [
      { name: 'handlingar.pdf', contentType: 'application/pdf', size: 120000, isInline: false },
      { name: 'logo.png', contentType: 'image/png', size: 2000, isInline: true },
    ],
    body: { getAsync: (_type: unknown, cb: (r: unknown) => void) => succeed('Välkommen till sammanträdet.')(cb) },
    getAllInternetHeadersAsync: succeed(RAW_HEADERS),
    ...over,
  };
}

afterEach(removeOffice);

describe('readCurrentItem', () => {
  describe('on Outlook on the web with Mailbox 1.8+', () => {
    it('reads subject, sender, recipients, text body, non-inline attachments and headers, and converts the id', async () => {
      const stub = installOffice({ item: readItem(), sets: { Mailbox: '1.13' } });
      const { message, restId, itemId } = await readCurrentItem();
      expect(itemId).toBe('AAMkAD/abc+def=');
      expect(restId).toBe('AAMkAD-abc_def=');
      expect(stub.converted).toEqual(['AAMkAD/abc+def=']);
      expect(message).toMatchObject({
        subject: 'Kallelse till nämnden',
        from: { name: 'Nämndsekreterare', address: 'sekr@mjolby.se' },
        toRecipients: [{ name: 'Politiker', address: 'pol@mjolby.se' }],
        body: { contentType: 'text', content: 'Välkommen till sammanträdet.' },
        attachments: [{ name: 'handlingar.pdf', contentType: 'application/pdf', size: 120000 }],
        receivedDateTime: '2026-11-20T08:00:00.000Z',
      });
      expect(message.internetMessageHeaders.map((h) => h.name)).toEqual(['Received', 'List-Unsubscribe', 'Subject']);
    });
  });

  describe('on an older client without Mailbox 1.8', () => {
    it('reads no headers and does not call getAllInternetHeadersAsync', async () => {
      const headers = jest.fn();
      installOffice({ item: readItem({ getAllInternetHeadersAsync: headers }), sets: { Mailbox: '1.5' } });
      const { message } = await readCurrentItem();
      expect(headers).not.toHaveBeenCalled();
      expect(message.internetMessageHeaders).toEqual([]);
    });
  });

  describe('when the headers call fails', () => {
    it('still gives the verdict its message, without headers', async () => {
      installOffice({ item: readItem({ getAllInternetHeadersAsync: fail(9020, 'GenericResponseError') }) });
      await expect(readCurrentItem()).resolves.toMatchObject({ message: { internetMessageHeaders: [] } });
    });
  });

  describe.each(['OutlookIOS', 'OutlookAndroid'])('on %s', (hostName) => {
    it('uses the id as the REST id without convertToRestId', async () => {
      const stub = installOffice({ item: readItem({ itemId: 'AAMkREST-id' }), hostName, sets: { Mailbox: '1.5' } });
      const { restId } = await readCurrentItem();
      expect(restId).toBe('AAMkREST-id');
      expect(stub.converted).toEqual([]);
    });
  });

  describe('when nothing is selected (pinned pane)', () => {
    it('rejects with no_item', async () => {
      installOffice({ item: null });
      await expect(readCurrentItem()).rejects.toMatchObject({ code: 'no_item' });
    });
  });

  describe('when Outlook refuses the body (as on some S/MIME and IRM items)', () => {
    it('gives the message with an empty body marked unreadable, so the verdict is osäker and not an error', async () => {
      installOffice({ item: readItem({ body: { getAsync: (_t: unknown, cb: (r: unknown) => void) => fail(9002, 'InternalServerError')(cb) } }) });
      const { message } = await readCurrentItem();
      expect(message).toMatchObject({ bodyUnreadable: true, body: { content: '' }, subject: 'Kallelse till nämnden' });
    });

    it('marks nothing when the body is read', async () => {
      installOffice({ item: readItem() });
      const { message } = await readCurrentItem();
      expect(message.bodyUnreadable).toBeUndefined();
    });
  });

  describe('when the Office API itself is missing', () => {
    it('rejects with a typed OfficeError', async () => {
      installOffice({ item: readItem({ body: { getAsync: () => { throw new Error('not here'); } } }) });
      await expect(readCurrentItem()).rejects.toMatchObject({ name: 'OfficeError', code: 'office_unavailable' });
    });
  });
});

describe('toRestId', () => {
  it('answers null when convertToRestId throws', () => {
    installOffice();
    (Office.context.mailbox as unknown as { convertToRestId: () => never }).convertToRestId = () => { throw new Error('x'); };
    expect(toRestId('id', 'Outlook')).toBeNull();
  });
});

describe('onItemChanged', () => {
  it('calls the handler on ItemChanged and unsubscribes', () => {
    const stub = installOffice();
    const handler = jest.fn();
    const off = onItemChanged(handler);
    stub.handlers.get('olkItemSelectedChanged')!();
    expect(handler).toHaveBeenCalledTimes(1);
    off();
    expect(stub.handlers.size).toBe(0);
  });

  it('does nothing outside Outlook', () => {
    (globalThis as { Office?: unknown }).Office = { context: {} };
    expect(() => onItemChanged(jest.fn())()).not.toThrow();
  });
});

describe('host helpers', () => {
  it('tells mobile clients apart by diagnostics.hostName and closes the pane only there', () => {
    const stub = installOffice({ hostName: 'OutlookIOS' });
    expect(isMobileHost()).toBe(true);
    expect(closeContainerIfMobile()).toBe(true);
    expect(stub.closed).toBe(1);
    expect(isMobileHost('newOutlookWindows')).toBe(false);
    expect(closeContainerIfMobile('OutlookWebApp')).toBe(false);
    expect(stub.closed).toBe(1);
  });
});

describe('parseRawHeaders', () => {
  it('unfolds continuation lines and keeps values after the first colon', () => {
    expect(parseRawHeaders('X-A: 1: 2\r\nReceived: a\r\n b\r\nbroken line\r\n')).toEqual([
      { name: 'X-A', value: '1: 2' },
      { name: 'Received', value: 'a b' },
    ]);
  });

  it('stops at the header cap', () => {
    expect(parseRawHeaders('A: 1\nB: 2\nC: 3', 2)).toHaveLength(2);
  });
});
