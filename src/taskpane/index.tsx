// Task pane entry: starts fetching the classifier at once, waits for Office.js, then in Outlook
// judges the open item and paints that verdict with plain DOM calls (firstPaint.ts) before React,
// Fluent UI and the rest of the pane load (the "app" chunk, fetched once the classifier is in so its
// bytes do not compete with the verdict's); React then takes the verdict over. Outside Office: the
// demo against the local Graph server.
// The page loads this script async (webpack.config.js): it may run before the stylesheets and
// Office.js are in, so it asks which host it is in only once the page has been parsed.

import '../ui/page.css';
import './firstPaint.css';
import { fetchOutlookConfigJson } from '../wiring/configJson';
import { outlookOwner } from '../wiring/outlookDeps';
import { isRegistrarMailbox } from '../domain/registrar/registrarMode';
import { languageFromTag } from '../ui/strings';
import { hostIsDark } from './darkHost';
import { fetchDemoTenant } from './demoTenant';
import { paintFirstVerdict, paintLoadFailure } from './firstPaint';
import { judgeOpenItem, profileLoader, track } from './openItem';

const engine = import(/* webpackChunkName: "verdict" */ './verdictEngine.js');
const configJson = fetchOutlookConfigJson();

/**
 * Runs the classifier once in its own task when there is a wait to fill (the demo's persona and Graph,
 * a pane opened with no item). With an open item the real verdict is asked for at once: a warm-up
 * would only run ahead of it on the main thread.
 */
function warmUpWhileWaiting(): void {
  void engine.then((e) => setTimeout(e.warmUp, 0)).catch(() => undefined);
}

function startDemo(): void {
  warmUpWhileWaiting();
  // The persona list loads while the demo chunk does, not after it.
  const tenant = fetchDemoTenant();
  tenant.catch(() => undefined); // reported by startDemo, not as an unhandled rejection
  void import(/* webpackChunkName: "lazy-demo" */ './demo.js').then((m) => m.startDemo(tenant));
}

function startInOutlook(): void {
  const owner = outlookOwner();
  const getProfile = profileLoader(engine, configJson);
  const firstItemId = Office.context.mailbox.item?.itemId ?? null;
  const first = firstItemId ? track(judgeOpenItem(engine, getProfile, owner)) : null;
  if (!first) warmUpWhileWaiting();
  const language = languageFromTag(Office.context.displayLanguage);
  const root = document.getElementById('root');
  let mounted = false;
  first?.promise.then(
    (judged) => {
      // The registrar's mailbox opens the registrar workspace, which only React draws.
      if (mounted || !root || isRegistrarMailbox(judged.profile, owner.address)) return;
      paintFirstVerdict(root, { message: judged.item.message, verdict: judged.verdict, sekretessKind: judged.sekretessKind }, language, hostIsDark());
    },
    () => undefined, // the React pane shows the error
  );
  engine
    .catch(() => undefined)
    // A dark host's theme comes with it, so React's first commit does not flash the light theme
    // over a dark first paint (theme.ts's import of it then resolves at once).
    .then(() => Promise.all([import(/* webpackChunkName: "app" */ './outlook.js'), hostIsDark() ? import(/* webpackChunkName: "lazy-dark" */ './darkTheme.js') : null]))
    .then(([app]) => app)
    .then(
      (app) => {
        mounted = true;
        app.startOutlook(engine, configJson, undefined, { owner, getProfile, first, firstItemId });
      },
      () => {
        if (root) paintLoadFailure(root, language);
      },
    );
}

function start(): void {
  if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
    void Office.onReady((info) => (info.host === Office.HostType.Outlook ? startInOutlook() : startDemo()));
  } else {
    startDemo();
  }
}

// Office.js is a parser-blocking script in the head: once parsing is done it has run, and #root exists.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
