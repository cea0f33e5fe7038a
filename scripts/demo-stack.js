// Shared by `npm start`, `npm run demo:reset`, the browser tests and bench:ui: where a tenant's demo
// state lives, the tenant's people for the persona picker, the local Graph server, one dev certificate.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const DEFAULT_TENANT = path.join(root, 'demo', 'tenant.json');
const DATA_DIR = path.join(root, '.data');

/** The data file named after the tenant file: each tenant keeps state of its own. */
function dataFileFor(tenantFile) {
  const base = path.basename(tenantFile).replace(/\.json$/i, '').replace(/[^A-Za-z0-9._-]+/g, '_');
  const isDefault = path.resolve(tenantFile) === DEFAULT_TENANT;
  return path.join(DATA_DIR, isDefault ? 'demo-state.json' : `tenant-${base}-state.json`);
}

/** Organisations and mailbox owners (no mail) for /_demo/tenant; null with errors when unusable. */
function tenantInfo(tenantFile) {
  const { parseCorpus } = require(path.join(root, 'lib/src/domain/corpus'));
  const { corpus, errors } = parseCorpus(fs.readFileSync(tenantFile, 'utf8'));
  if (!corpus) return { info: null, errors };
  return {
    errors,
    info: {
      organizations: corpus.organizations,
      mailboxes: corpus.mailboxes.map((m) => ({ organization: m.organization, owner: m.owner, roles: m.roles, party: m.party })),
    },
  };
}

async function startGraph({ tenantFile, dataFile, log }) {
  const { startGraphServer } = require(path.join(root, 'lib/src/server'));
  fs.mkdirSync(path.dirname(dataFile), { recursive: true });
  return startGraphServer({ tenantFile, dataFile, port: 0, host: '127.0.0.1', dev: true, log });
}

/** A self-signed certificate for localhost, kept under .data/ so the browser's exception lasts. */
async function devCertificate(dir = DATA_DIR) {
  const file = path.join(dir, 'dev-cert.json');
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (Date.parse(saved.notAfter) > Date.now() + 86400000) return saved;
  } catch {
    // No usable saved certificate: make one.
  }
  const selfsigned = require('selfsigned');
  const notAfter = new Date(Date.now() + 180 * 86400000);
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] },
    ],
  });
  const saved = { key: pems.private, cert: pems.cert, notAfter: notAfter.toISOString() };
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(saved), { mode: 0o600 });
  return saved;
}

module.exports = { root, DEFAULT_TENANT, DATA_DIR, dataFileFor, tenantInfo, startGraph, devCertificate };
