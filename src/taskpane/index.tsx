// Task pane entry: starts fetching the classifier at once, waits for Office.js, then in Outlook
// judges the open item and paints that verdict with plain DOM calls (firstPaint.ts) before React,
// Fluent UI and the rest of the pane load (the "app" chunk, fetched once that verdict is on screen so
// its bytes and script work do not compete with the verdict's); React then takes the verdict over.
// Outside Office: the demo against the local Graph server.
// The page loads this script async (webpack.config.js): it may run before the stylesheets and
// Office.js are in, so it asks which host it is in once Office.js has run (its script's load event),
// not at DOMContentLoaded, which a throttled tablet fires hundreds of ms later; what it draws waits
// for #root.

import '../ui/page.css';
import './firstPaint.css';
import { fetchOutlookConfigJson } from '../wiring/configJson';
import { outlookOwner } from '../wiring/outlookDeps';
import { isRegistrarMailbox } from '../domain/registrar/registrarMode';
import { languageFromTag } from '../ui/cardStrings';
import { hostIsDark } from './darkHost';
import { fetchDemoTenant } from './demoTenant';
import { paintFirstVerdict, paintLoadFailure } from './firstPaint';
import { judgeOpenItem, profileLoader, track } from './openItem';
import { markStart } from './startMarks';

markStart('entry');
const engine = import(/* webpackChunkName: "verdict" */ './verdictEngine.js');
void engine.then(() => markStart('engine'), () => undefined);
const configJson = fetchOutlookConfigJson();

/**
 * Runs the classifier once in its own task when there is a wait to fill (the demo's persona and Graph,
 * a pane opened with no item). With an open item the real verdict is asked for at once: a warm-up
 * would only run ahead of it on the main thread.
 */
function warmUpWhileWaiting(): void {
  void engine.then((e) => setTimeout(e.warmUp, 0)).catch(() => undefined);
}

/**
 * The page's #root once the parser has made it: at once when it is there (a throttled page can run
 * several tasks between parsing it and DOMContentLoaded), else at DOMContentLoaded.
 */
function pageRoot(): Promise<HTMLElement | null> {
  const element = document.getElementById('root');
  if (element || document.readyState !== 'loading') return Promise.resolve(element);
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(document.getElementById('root')), { once: true }));
}

/** How long after the classifier is in the app chunk waits for a first verdict that does not come. */
const APP_AFTER_STALLED_MS = 2000;

/** Resolves after the browser has drawn the next frame (a timeout, since a hidden page runs no frames). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    };
    const fallback = setTimeout(done, 100);
    requestAnimationFrame(done);
  });
}

function startDemo(): void {
  warmUpWhileWaiting();
  // The persona list loads while the demo chunk does, not after it.
  const tenant = fetchDemoTenant();
  tenant.catch(() => undefined); // reported by startDemo, not as an unhandled rejection
  void Promise.all([import(/* webpackChunkName: "lazy-demo" */ './demo.js'), pageRoot()]).then(([m]) => m.startDemo(tenant));
}

function startInOutlook(): void {
  const owner = outlookOwner();
  const getProfile = profileLoader(engine, configJson);
  const firstItemId = Office.context.mailbox.item?.itemId ?? null;
  const first = firstItemId ? track(judgeOpenItem(engine, getProfile, owner)) : null;
  if (!first) warmUpWhileWaiting();
  const language = languageFromTag(Office.context.displayLanguage);
  let mounted = false;
  const painted = first
    ? first.promise.then(
        async (judged) => {
          markStart('judged');
          const element = await pageRoot();
          // The registrar's mailbox opens the registrar workspace, which only React draws.
          if (mounted || !element || isRegistrarMailbox(judged.profile, owner.address)) return;
          paintFirstVerdict(element, { message: judged.item.message, verdict: judged.verdict, sekretessKind: judged.sekretessKind }, language, hostIsDark());
          markStart('painted');
          await nextFrame();
        },
        () => undefined, // the React pane shows the error
      )
    : engine.catch(() => undefined);
  // React and the pane are fetched once the verdict is on screen (or the classifier is in, with no
  // item open): before that their script and style work would sit on the main thread ahead of it.
  // An item read that never answers holds them back two seconds at most.
  const stalled = engine.catch(() => undefined).then(() => new Promise<void>((resolve) => setTimeout(resolve, APP_AFTER_STALLED_MS)));
  void Promise.race([painted, stalled])
    // A dark host's theme comes with it, so React's first commit does not flash the light theme
    // over a dark first paint (theme.ts's import of it then resolves at once).
    .then(() => Promise.all([import(/* webpackChunkName: "app" */ './outlook.js'), hostIsDark() ? import(/* webpackChunkName: "lazy-dark" */ './darkTheme.js') : null, pageRoot()]))
    .then(([app]) => app)
    .then(
      (app) => {
        mounted = true;
        app.startOutlook(engine, configJson, undefined, { owner, getProfile, first, firstItemId });
      },
      () =>
        void pageRoot().then((element) => {
          if (element) paintLoadFailure(element, language);
        }),
    );
}

function start(): void {
  markStart('start');
  if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
    void Office.onReady((info) => {
      markStart('ready');
      if (info.host === Office.HostType.Outlook) startInOutlook();
      else startDemo();
    });
  } else {
    startDemo();
  }
}

/**
 * Calls `run` once Office.js has run or failed to load: at once if it has (or the page is parsed, so
 * its parser-blocking script is behind us), else on its script element's load or error event, with
 * DOMContentLoaded as the fallback for a page without it.
 */
function afterOfficeJs(run: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    run();
  };
  if (typeof Office !== 'undefined' || document.readyState !== 'loading') {
    once();
    return;
  }
  const script = document.querySelector('script[src$="/office.js"]');
  script?.addEventListener('load', once, { once: true });
  script?.addEventListener('error', once, { once: true });
  document.addEventListener('DOMContentLoaded', once, { once: true });
}

afterOfficeJs(start);
