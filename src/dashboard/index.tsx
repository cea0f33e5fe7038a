// Admin page entry (dashboard.html, a plain browser page without Office.js): the demo when the dev
// server offers its tenant, else the tenant's configuration and sign-in. Each is its own chunk.

import '../ui/page.css';

const element = document.getElementById('root');
if (!element) throw new Error('dashboard.html has no #root element');

async function start(root: HTMLElement): Promise<void> {
  // The dev server (and the test stack) answer /_demo/tenant; a deployment answers 404.
  const demo: unknown = await fetch('/_demo/tenant').then((r) => (r.ok ? r.json() : null), () => null);
  if (demo) {
    const m = await import(/* webpackChunkName: "lazy-dashboard-demo" */ './demo.js');
    await m.startDashboardDemo(root, demo);
  } else {
    const m = await import(/* webpackChunkName: "lazy-dashboard-tenant" */ './tenant.js');
    await m.startDashboardTenant(root);
  }
}

void start(element);
