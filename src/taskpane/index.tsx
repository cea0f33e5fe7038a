// Task pane entry: starts fetching the classifier at once, waits for Office.js, then wires Outlook
// (the open item first, Graph lazily) or, outside Office, the demo against the local Graph server.
// The page loads this script async (webpack.config.js): it may run before the stylesheets and
// Office.js are in, so it asks which host it is in only once the page has been parsed.

import '../ui/page.css';
import { startOutlook } from './outlook';
import { fetchOutlookConfigJson } from '../wiring/configJson';
import { fetchDemoTenant } from './demoTenant';

const engine = import(/* webpackChunkName: "verdict" */ './verdictEngine.js');
// Warmed in its own task once loaded: it fills the wait for Office.onReady and the item's body.
void engine.then((e) => setTimeout(e.warmUp, 0)).catch(() => undefined);
const configJson = fetchOutlookConfigJson();

function startDemo(): void {
  // The persona list loads while the demo chunk does, not after it.
  const tenant = fetchDemoTenant();
  tenant.catch(() => undefined); // reported by startDemo, not as an unhandled rejection
  void import(/* webpackChunkName: "lazy-demo" */ './demo.js').then((m) => m.startDemo(tenant));
}

function start(): void {
  if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
    void Office.onReady((info) => (info.host === Office.HostType.Outlook ? startOutlook(engine, configJson) : startDemo()));
  } else {
    startDemo();
  }
}

// Office.js is a parser-blocking script in the head: once parsing is done it has run, and #root exists.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
