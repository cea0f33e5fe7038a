// The task pane loads the HTML converter (its lazy-html chunk) itself: every use case, which may classify Graph's HTML bodies, starts only once the classifier has it.

import { DEFAULT_PROFILE } from '../../src/domain/policy';
import type { ServiceDeps } from '../../src/wiring/serviceDeps';

type Port = typeof import('../../src/domain/text/htmlTextPort');
type Loader = typeof import('../../src/taskpane/htmlText');
type Services = typeof import('../../src/taskpane/createServices');

/** Runs `body` in a module registry of its own: jest's setup file has provided no converter there. */
async function inFreshModules(body: (m: { port: Port; loader: Loader; services: Services }) => Promise<void>): Promise<void> {
  await jest.isolateModulesAsync(async () => {
    await body({
      port: require('../../src/domain/text/htmlTextPort') as Port,
      loader: require('../../src/taskpane/htmlText') as Loader,
      services: require('../../src/taskpane/createServices') as Services,
    });
  });
}

/** Deps whose every mailbox call records whether the classifier had its converter by then, then fails. */
function recordingDeps(port: Port, seen: boolean[]): ServiceDeps {
  const mailbox = new Proxy({}, {
    get: (_target, name) => (name === 'then' ? undefined : () => {
      seen.push(port.hasHtmlToText());
      return Promise.reject(new Error('stop here'));
    }),
  });
  return { mailbox, profile: DEFAULT_PROFILE, owner: { name: 'Karin Ek', address: 'karin.ek@kronoberg.se', roles: [] }, clock: { now: () => new Date(0) } } as unknown as ServiceDeps;
}

describe('loadHtmlToText', () => {
  it('provides the converter once and answers later calls with the same promise', async () => {
    await inFreshModules(async ({ port, loader }) => {
      expect(port.hasHtmlToText()).toBe(false);
      const first = loader.loadHtmlToText();
      expect(loader.loadHtmlToText()).toBe(first);
      await first;
      expect(port.hasHtmlToText()).toBe(true);
      expect(port.readHtmlText('<p>Hej <b>alla</b></p>', 100)).toBe('Hej alla');
    });
  });
});

describe('createServices', () => {
  // Every service loads its use case through the same useCases() (createServices.ts); the lists are the ones that classify most.
  it.each(['loadInbox', 'loadHygiene', 'loadExposure'] as const)('%s reaches the mailbox only after the converter is in', async (name) => {
    await inFreshModules(async ({ port, services }) => {
      const seen: boolean[] = [];
      const created = services.createServices(async () => recordingDeps(port, seen));
      await expect((created[name] as () => Promise<unknown>)()).rejects.toThrow('stop here');
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every(Boolean)).toBe(true);
    });
  });
});
