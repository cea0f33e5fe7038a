// Generates the Outlook manifest from config/manifest.template.xml: dev (https://localhost:3000) or
// production (productionBaseUrl from config/postvakt.config.json or POSTVAKT_BASE_URL). No hand edits.
// Usage: node scripts/manifest.js [--env dev|prod] [--config FILE] [--out FILE]
'use strict';
const fs = require('fs');
const path = require('path');
const { DOMParser } = require('@xmldom/xmldom');

const ROOT = path.join(__dirname, '..');
const TEMPLATE = path.join(ROOT, 'config', 'manifest.template.xml');
const DEV_BASE_URL = 'https://localhost:3000';
/** The add-in's identity; stays the same across environments and versions. */
const ADDIN_ID = '6f3b2a51-9c4e-4d7a-8b1f-2e5d0c7a9b34';

function httpsBase(value, what) {
  let url;
  try {
    url = new URL(String(value));
  } catch {
    throw new Error(`${what} is not a URL: ${value}`);
  }
  if (url.protocol !== 'https:') throw new Error(`${what} must use https: ${value}`);
  return url.toString().replace(/\/+$/, '');
}

/** Four-part manifest version from package.json's semver (0.1.0 → 0.1.0.0). */
function manifestVersion(semver) {
  const parts = String(semver).split(/[.+-]/).slice(0, 3).map((p) => Number.parseInt(p, 10) || 0);
  while (parts.length < 3) parts.push(0);
  return [...parts, 0].join('.');
}

function readConfig(file) {
  if (!file || !fs.existsSync(file)) return {};
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${path.relative(ROOT, file)} is not valid JSON: ${error.message}`);
  }
}

/** The base URL for an environment; production needs it from configuration, never from code. */
function baseUrlFor(env, config = {}, processEnv = process.env) {
  if (env === 'dev') return DEV_BASE_URL;
  if (env !== 'prod') throw new Error(`Unknown --env ${env} (use dev or prod)`);
  const value = processEnv.POSTVAKT_BASE_URL || config.productionBaseUrl;
  if (!value) throw new Error('No production base URL: set productionBaseUrl in config/postvakt.config.json or POSTVAKT_BASE_URL.');
  return httpsBase(value, 'productionBaseUrl');
}

/** Microsoft's sign-in host: always an app domain (the Office dialog's default authority). */
const MICROSOFT_SIGN_IN = 'https://login.microsoftonline.com';
/** A host name with an optional port, as postvakt.config.json's knownAuthorities lists them (src/adapters/msal/config.ts). */
const HOST = /^(?=.{1,253}(:|$))[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:[0-9]{1,5})?$/i;

/**
 * The manifest's AppDomains: Microsoft's sign-in host, plus the configured authority's host and any
 * knownAuthorities (a custom sign-in domain), since the Office dialog navigates there. https only,
 * origins only (no path), deduplicated; a malformed entry stops the build rather than being dropped.
 */
function appDomainsFor(config = {}) {
  const domains = [MICROSOFT_SIGN_IN];
  if (config.authority !== undefined) {
    let url;
    try {
      url = new URL(String(config.authority));
    } catch {
      throw new Error(`authority is not a URL: ${config.authority}`);
    }
    if (url.protocol !== 'https:') throw new Error(`authority must use https: ${config.authority}`);
    domains.push(url.origin);
  }
  if (config.knownAuthorities !== undefined) {
    if (!Array.isArray(config.knownAuthorities)) throw new Error('knownAuthorities must be a list of host names, such as ["login.example.se"]');
    for (const host of config.knownAuthorities) {
      if (typeof host !== 'string' || !HOST.test(host)) throw new Error(`knownAuthorities holds ${JSON.stringify(host)}, not a host name (such as login.example.se)`);
      domains.push(new URL(`https://${host}`).origin);
    }
  }
  return [...new Set(domains.map((d) => d.toLowerCase()))];
}

/** Parses XML; throws with the parser's first complaint when it is not well-formed. */
function parseXml(text) {
  const problems = [];
  const onError = (level, message) => problems.push(`${level}: ${message}`);
  const doc = new DOMParser({ onError }).parseFromString(text, 'text/xml');
  if (problems.length > 0) throw new Error(`Manifest is not well-formed XML: ${problems[0]}`);
  return doc;
}

function renderManifest({ baseUrl, version, supportUrl, appDomains = [MICROSOFT_SIGN_IN] }) {
  const template = fs.readFileSync(TEMPLATE, 'utf8');
  const APP_DOMAINS = appDomains.map((d) => `    <AppDomain>${d}</AppDomain>`).join('\n');
  const values = { BASE_URL: baseUrl, VERSION: version, ADDIN_ID, SUPPORT_URL: supportUrl || `${baseUrl}/taskpane.html`, APP_DOMAINS };
  const xml = template.replace(/\{\{([A-Z_]+)\}\}/g, (match, key) => {
    if (!(key in values)) throw new Error(`Unknown placeholder ${match} in the manifest template`);
    return values[key];
  });
  parseXml(xml);
  return xml;
}

function parseArgs(argv) {
  const options = { env: 'dev', config: path.join(ROOT, 'config', 'postvakt.config.json'), out: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--env') options.env = next();
    else if (arg === '--config') options.config = path.resolve(next());
    else if (arg === '--out') options.out = path.resolve(next());
    else throw new Error(`Unknown option ${arg}`);
  }
  options.out ??= options.env === 'dev' ? path.join(ROOT, 'manifest.xml') : path.join(ROOT, 'dist', 'manifest.xml');
  return options;
}

function generate(options) {
  const config = readConfig(options.config);
  const baseUrl = baseUrlFor(options.env, config);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const supportUrl = options.env === 'prod' && config.supportUrl ? httpsBase(config.supportUrl, 'supportUrl') : undefined;
  const xml = renderManifest({ baseUrl, version: manifestVersion(pkg.version), supportUrl, appDomains: appDomainsFor(config) });
  fs.mkdirSync(path.dirname(options.out), { recursive: true });
  fs.writeFileSync(options.out, xml);
  return { out: options.out, baseUrl };
}

module.exports = { renderManifest, appDomainsFor, baseUrlFor, manifestVersion, parseXml, generate, DEV_BASE_URL, ADDIN_ID, TEMPLATE };

if (require.main === module) {
  try {
    const { out, baseUrl } = generate(parseArgs(process.argv.slice(2)));
    process.stdout.write(`Wrote ${path.relative(process.cwd(), out)} for ${baseUrl}\n`);
  } catch (error) {
    process.stderr.write(`manifest: ${error.message}\n`);
    process.exitCode = 1;
  }
}
