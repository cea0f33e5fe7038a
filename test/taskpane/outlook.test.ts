// The Outlook wiring: the first verdict from the Office.js item before Graph loads, a pinned pane
// following ItemChanged (the item may be null), and the full-screen pane closed after an action.

import type { AppProps } from '../../src/ui/shell/App';
import type { CurrentState } from '../../src/ui/services';
import { installOffice, removeOffice, succeed } from '../adapters/office/officeStub';

// The Graph side must not load for the first verdict: loading it is recorded here.
const mockGraphLoads: string[] = [];
jest.mock('../../src/wiring/outlookGraph', () => {
  mockGraphLoads.push('outlookGraph');
  return { createOutlookDeps: () => ({}) };
});

import { startOutlook, type Opened } from '../../src/taskpane/outlook';
import { judgeOpenItem, profileLoader, track } from '../../src/taskpane/openItem';
import { buildClassifyContext, modelInputs } from '../../src/domain/classify';
import { FEATURE_SCHEME } from '../../src/domain/classify/featureScheme';
import { SHIPPED_DEFAULT_PROFILE } from '../../src/taskpane/verdictEngine';
import type { MailMessage } from '../../src/domain/types';

function officeItem(subject: string, body: string) {
  return {
    itemId: `AAMk/${subject.length}`,
    subject,
    from: { displayName: 'Medborgare', emailAddress: 'medborgare@example.se' },
    to: [{ displayName: 'Politiker', emailAddress: 'pol@pol.kramfors.se' }],
    cc: [],
    dateTimeCreated: new Date('2026-11-20T08:00:00Z'),
    attachments: [],
    body: { getAsync: (_type: unknown, cb: (r: unknown) => void) => succeed(body)(cb) },
    getAllInternetHeadersAsync: succeed(''),
  };
}

type StartOptions = { hostName?: string; item?: Record<string, unknown> | null; roaming?: Record<string, unknown>; opened?: (owner: Opened['owner']) => Opened };

function start(options: StartOptions = {}) {
  const stub = installOffice({ hostName: options.hostName, item: options.item === undefined ? officeItem('Fråga om bygglov', 'Hej! Jag undrar hur det går med mitt bygglov på Storgatan 3.') : options.item });
  const context = (globalThis as unknown as { Office: { context: Record<string, unknown> & { mailbox: Record<string, unknown> } } }).Office.context;
  context.displayLanguage = 'sv-SE';
  context.mailbox.userProfile = { displayName: 'Politiker', emailAddress: 'pol@pol.kramfors.se' };
  if (options.roaming) {
    const roaming = options.roaming;
    context.roamingSettings = { get: (name: string) => roaming[name], set: () => undefined, saveAsync: succeed(undefined) };
  }
  const states: CurrentState[] = [];
  let props: AppProps | null = null;
  const render = (initial: AppProps) => {
    props = initial;
    states.push(initial.current);
    return (next: Partial<AppProps>) => {
      props = { ...props!, ...next };
      if (next.current) states.push(next.current);
    };
  };
  const owner = { name: 'Politiker', address: 'pol@pol.kramfors.se', roles: [] };
  startOutlook(engine, Promise.resolve(null), render, options.opened?.(owner));
  return { stub, states, props: () => props!, mailbox: context.mailbox };
}

const engine = import('../../src/taskpane/verdictEngine.js');

/** What the entry (index.tsx) hands over: the open item judged as it does it. */
function entryJudged(itemId: string | null): (owner: Opened['owner']) => Opened {
  return (owner) => {
    const getProfile = profileLoader(engine, Promise.resolve(null));
    return { owner, getProfile, first: itemId ? track(judgeOpenItem(engine, getProfile, owner)) : null, firstItemId: itemId };
  };
}

/** An Office item whose body reads are counted. */
function countedItem(subject: string, body: string) {
  const item = officeItem(subject, body);
  const reads = { count: 0 };
  const getAsync = item.body.getAsync;
  item.body.getAsync = (type: unknown, cb: (r: unknown) => void) => {
    reads.count += 1;
    getAsync(type, cb);
  };
  return { item, reads };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 5));
  if (!check()) throw new Error('condition not reached');
}

afterEach(() => {
  removeOffice();
  mockGraphLoads.length = 0;
  jest.useRealTimers();
});

describe('startOutlook', () => {
  describe('when the pane opens on a message', () => {
    it('shows a loading state, then the verdict from the Office.js item, without loading Graph', async () => {
      const { states } = start();
      expect(states[0]).toEqual({ status: 'loading' });
      await until(() => states.some((s) => s.status === 'ready'));
      const ready = states.find((s) => s.status === 'ready');
      if (ready?.status !== 'ready') throw new Error('no verdict');
      expect(ready.current.message.subject).toBe('Fråga om bygglov');
      expect(['registrera', 'gallra_ej_allman', 'gallra_ringa', 'osaker']).toContain(ready.current.verdict.category);
      expect(ready.current.verdict.reasons.length).toBeGreaterThan(0);
      expect(mockGraphLoads).toEqual([]);
    });
  });

  describe('when the entry has judged the open item already (its first paint)', () => {
    it('starts with that verdict and does not read the item again', async () => {
      const { item, reads } = countedItem('Fråga om bygglov', 'Hej! Jag undrar hur det går med mitt bygglov på Storgatan 3.');
      installOffice({ item });
      const opened = entryJudged(item.itemId);
      const handedOver = opened({ name: 'Politiker', address: 'pol@pol.kramfors.se', roles: [] });
      await handedOver.first!.promise;
      removeOffice();
      const { states } = start({ item, opened: () => handedOver });
      expect(states[0].status).toBe('ready');
      expect(states[0].status === 'ready' && states[0].current.message.subject).toBe('Fråga om bygglov');
      await new Promise((r) => setTimeout(r, 20));
      expect(states).toHaveLength(1);
      expect(reads.count).toBe(1);
    });

    it('judges the next message when the selection changes after that first verdict', async () => {
      const { item } = countedItem('Fråga om bygglov', 'Hej! Jag undrar hur det går med mitt bygglov på Storgatan 3.');
      installOffice({ item });
      const opened = entryJudged(item.itemId);
      const handedOver = opened({ name: 'Politiker', address: 'pol@pol.kramfors.se', roles: [] });
      await handedOver.first!.promise;
      removeOffice();
      const { stub, states, mailbox } = start({ item, opened: () => handedOver });
      expect(states[0].status === 'ready' && states[0].current.message.subject).toBe('Fråga om bygglov');
      mailbox.item = officeItem('Kallelse till kommunstyrelsen', 'Välkommen till sammanträdet den 3 december.');
      stub.handlers.get('olkItemSelectedChanged')!();
      await until(() => states.filter((s) => s.status === 'ready').length === 2);
      const last = states[states.length - 1];
      expect(last.status === 'ready' && last.current.message.subject).toBe('Kallelse till kommunstyrelsen');
    });

    it('waits for a verdict still under way instead of reading the item twice', async () => {
      const { item, reads } = countedItem('Fråga om bygglov', 'Hej! Jag undrar hur det går med mitt bygglov på Storgatan 3.');
      const { states } = start({ item, opened: entryJudged(item.itemId) });
      expect(states[0]).toEqual({ status: 'loading' });
      await until(() => states.some((s) => s.status === 'ready'));
      expect(reads.count).toBe(1);
    });

    it('reads the open item when it is not the one the entry judged', async () => {
      const { item, reads } = countedItem('Kallelse till kommunstyrelsen', 'Välkommen till sammanträdet den 3 december.');
      const { states } = start({ item, opened: entryJudged('AAMk/another-item') });
      await until(() => states.some((s) => s.status === 'ready'));
      const ready = states.find((s) => s.status === 'ready');
      expect(ready?.status === 'ready' && ready.current.message.subject).toBe('Kallelse till kommunstyrelsen');
      // One read by the entry's judgement (of what was then open), one by the pane for the item open now.
      expect(reads.count).toBe(2);
    });
  });

  describe('when Inkorgen has kept what was learnt in the roaming settings', () => {
    it('gives the first verdict with the learned weights and says so, still without loading Graph', async () => {
      const message = { ...officeItem('Fråga om bygglov', 'Hej! Jag undrar hur det går med mitt bygglov på Storgatan 3.') };
      const first = start({ item: message });
      await until(() => first.states.some((s) => s.status === 'ready'));
      const shipped = first.states.find((s) => s.status === 'ready');
      if (shipped?.status !== 'ready') throw new Error('no verdict');
      expect(shipped.current.verdict.reasons.some((r) => r.rule === 'Lärt av dina beslut')).toBe(false);
      // The Outlook wiring hands the UI the whole message it classified.
      const read = shipped.current.message as MailMessage;
      const hit = modelInputs(read, SHIPPED_DEFAULT_PROFILE, buildClassifyContext({ name: 'Politiker', address: 'pol@pol.kramfors.se', roles: [] }, [read]))![0]!;
      removeOffice();

      const { states } = start({ item: message, roaming: { 'postvakt.learned': { scheme: FEATURE_SCHEME, deltas: { [hit.id]: 0.5 } } } });
      await until(() => states.some((s) => s.status === 'ready'));
      const ready = states.find((s) => s.status === 'ready');
      if (ready?.status !== 'ready') throw new Error('no verdict');
      expect(ready.current.verdict.reasons.some((r) => r.rule === 'Lärt av dina beslut')).toBe(true);
      expect(mockGraphLoads).toEqual([]);
    });
  });

  describe('when the selection changes in a pinned pane', () => {
    it('shows the new message\'s verdict, and "no message" when the item is null', async () => {
      const { stub, states, mailbox } = start();
      await until(() => states.some((s) => s.status === 'ready'));
      mailbox.item = officeItem('Kallelse till kommunstyrelsen', 'Välkommen till sammanträdet den 3 december.');
      stub.handlers.get('olkItemSelectedChanged')!();
      await until(() => states.filter((s) => s.status === 'ready').length === 2);
      const last = states[states.length - 1];
      expect(last.status === 'ready' && last.current.message.subject).toBe('Kallelse till kommunstyrelsen');

      mailbox.item = null;
      stub.handlers.get('olkItemSelectedChanged')!();
      expect(states[states.length - 1]).toEqual({ status: 'none' });
    });

    it('never lets a slower earlier read overwrite the newer selection', async () => {
      const { stub, states, mailbox } = start({ item: null });
      let release: (() => void) | null = null;
      const slow = officeItem('Långsam', 'Första meddelandet.');
      slow.body.getAsync = (_type: unknown, cb: (r: unknown) => void) => void (release = () => succeed('Första meddelandet.')(cb));
      mailbox.item = slow;
      stub.handlers.get('olkItemSelectedChanged')!();
      mailbox.item = officeItem('Snabb', 'Andra meddelandet.');
      stub.handlers.get('olkItemSelectedChanged')!();
      await until(() => states.some((s) => s.status === 'ready'));
      release!();
      await new Promise((r) => setTimeout(r, 20));
      const ready = states.filter((s) => s.status === 'ready');
      expect(ready.map((s) => s.status === 'ready' && s.current.message.subject)).toEqual(['Snabb']);
    });
  });

  describe('when the pane starts with nothing selected', () => {
    it('says so instead of reading an item', () => {
      const { states } = start({ item: null });
      expect(states[states.length - 1]).toEqual({ status: 'none' });
    });
  });

  describe.each(['OutlookIOS', 'OutlookAndroid'])('on %s (full-screen pane)', (hostName) => {
    it('closes the pane a moment after an action has shown its outcome', () => {
      const { stub, props } = start({ hostName, item: null });
      jest.useFakeTimers();
      expect(props().services.afterAction).toBeDefined();
      props().services.afterAction!();
      expect(stub.closed).toBe(0);
      jest.advanceTimersByTime(1500);
      expect(stub.closed).toBe(1);
    });
  });

  describe('on Outlook on the web', () => {
    it('keeps the pane open after an action', () => {
      const { props } = start({ hostName: 'OutlookWebApp', item: null });
      expect(props().services.afterAction).toBeUndefined();
    });
  });
});
