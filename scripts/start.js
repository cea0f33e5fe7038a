#!/usr/bin/env node
// `npm start [-- --tenant FILE] [--port N]`: builds the Node code, starts the local Graph server on a
// tenant (demo/tenant.json by default, state in .data/), and serves the task pane over https with
// webpack-dev-server, which proxies /v1.0, /_dev and /_reports (usage report downloads) to the Graph server: one origin, one certificate.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const https = require('https');
const path = require('path');
const { contentSecurityPolicy } = require('./csp');
const { root, DEFAULT_TENANT, dataFileFor, tenantInfo, startGraph, devCertificate } = require('./demo-stack');

function parseArgs(argv) {
  const options = { tenant: DEFAULT_TENANT, port: 3000 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const v = argv[i + 1];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      i += 1;
      return v;
    };
    if (arg === '--tenant') options.tenant = path.resolve(value());
    else if (arg === '--port') options.port = Number(value());
    else if (arg === '--help' || arg === '-h') options.help = true;
    else throw new Error(`Unknown option ${arg}`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new Error('--port must be a port number');
  return options;
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error.message}\nUsage: npm start -- [--tenant FILE] [--port N]\n`);
    process.exit(2);
  }
  if (options.help) {
    process.stdout.write('Usage: npm start -- [--tenant FILE] [--port N]\n');
    return;
  }
  if (!fs.existsSync(options.tenant)) {
    process.stderr.write(`Tenant file not found: ${options.tenant}\n`);
    process.exit(2);
  }
  process.stdout.write('Building the local Graph server (tsc -p tsconfig.node.json)...\n');
  const tsc = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['tsc', '-p', 'tsconfig.node.json'], { cwd: root, stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status || 1);

  const { info, errors } = tenantInfo(options.tenant);
  if (!info) {
    process.stderr.write(`The tenant file cannot be used:\n${errors.map((e) => `  ${e.messageId ?? ''} ${e.field}: ${e.message}`).join('\n')}\n`);
    process.exit(2);
  }
  if (errors.length) process.stdout.write(`${errors.length} messages in the tenant file were skipped (see \`postvakt\` corpus checks).\n`);

  const dataFile = dataFileFor(options.tenant);
  const graph = await startGraph({ tenantFile: options.tenant, dataFile });
  const cert = await devCertificate();
  // Trust the Graph server's own CA for the proxy's requests only (TLS checks stay on).
  const agent = new https.Agent({ ca: graph.caCertPem });

  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const config = require(path.join(root, 'webpack.config.js'))({ demo: true, taskpaneOnly: true }, { mode: 'development' });
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    {
      host: '127.0.0.1',
      port: options.port,
      server: { type: 'https', options: { key: cert.key, cert: cert.cert } },
      hot: false,
      liveReload: false,
      client: false,
      historyApiFallback: false,
      // demo.html: the task pane without Office.js (taskpane.html is what Outlook loads when sideloaded).
      devMiddleware: { index: 'demo.html' },
      // The same policy as the pages' <meta>, as a header too (the header also covers what a meta cannot).
      headers: { 'Content-Security-Policy': contentSecurityPolicy() },
      // xfwd: the Graph server builds @odata.nextLink and uploadUrl from X-Forwarded-Host, so they point
      // back through this origin rather than at the Graph server's own address.
      proxy: [{ context: ['/v1.0', '/_dev', '/_reports'], target: graph.url, agent, changeOrigin: true, xfwd: true }],
      setupMiddlewares: (middlewares, devServer) => {
        devServer.app.get('/_demo/tenant', (_req, res) => res.json(info));
        return middlewares;
      },
    },
    compiler,
  );
  await server.start();
  const port = server.server.address().port;
  const url = `https://localhost:${port}/demo.html`;
  // Counted, not listed: the terminal is a log too, and addresses are never logged (the page lists them).
  const people = new Set([...info.mailboxes.map((m) => m.owner.address), ...info.organizations.map((o) => o.registrar.address)]).size;
  process.stdout.write(
    `\nPostvakt demo: open ${url}\n` +
      `  (self-signed certificate for localhost: accept it once in the browser)\n` +
      `  tenant ${path.relative(root, options.tenant)}, state in ${path.relative(root, dataFile)}\n` +
      `  ${people} personas: pick one at the top of the page (or preselect with ?user=<address>)\n` +
      `  npm run demo:reset restores the seed. Ctrl+C stops.\n`,
  );
  const stop = async () => {
    await server.stop().catch(() => {});
    await graph.close().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  process.stderr.write(`npm start failed: ${error && error.message ? error.message : error}\n`);
  process.exit(1);
});
