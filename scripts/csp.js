// The Content-Security-Policy of every page Postvakt serves: one function for the <meta> webpack writes
// into each emitted HTML page, the dev server's header and the browser-test server's header.
'use strict';
const fs = require('fs');
const path = require('path');

const OFFICE_CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const DEFAULT_GRAPH = 'https://graph.microsoft.com';
const DEFAULT_SIGN_IN = 'https://login.microsoftonline.com';
/**
 * The hash of the empty string: allows a `<style>` element only while it has no text. FluentProvider
 * creates an empty one and writes the theme's CSS variables through its CSSOM sheet (insertRule,
 * which the CSP does not govern); a blocked element has no sheet, so the theme would be lost.
 */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
/**
 * Graph answers an attachment upload session (a forward's .eml over 3 MB) with a pre-authenticated
 * `uploadUrl` on Outlook's REST host of the same cloud, where the ranges are PUT.
 */
const UPLOAD_HOSTS = {
  'https://graph.microsoft.com': 'https://outlook.office.com',
  'https://graph.microsoft.us': 'https://outlook.office365.us',
  'https://dod-graph.microsoft.us': 'https://outlook-dod.office365.us',
  'https://microsoftgraph.chinacloudapi.cn': 'https://partner.outlook.cn',
};

/** The origin of an https URL, or null (a bad config value must not widen the policy). */
function httpsOrigin(value) {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The Graph and sign-in hosts from config/postvakt.config.json (the build's config), else Microsoft's.
 * `problems` names each value that could not be used (the build prints them: the policy would then
 * refuse connections to the host the deployment meant).
 */
function cspHostsFromConfig(configFile = path.join(__dirname, '..', 'config', 'postvakt.config.json')) {
  let config = {};
  const problems = [];
  try {
    if (fs.existsSync(configFile)) config = JSON.parse(fs.readFileSync(configFile, 'utf8'));
  } catch (error) {
    problems.push(`${configFile} is not JSON (${error.message})`);
  }
  const pick = (key, fallback) => {
    if (config[key] === undefined) return fallback;
    const origin = httpsOrigin(config[key]);
    if (!origin) problems.push(`${key} must be an https URL; the Content-Security-Policy uses ${fallback}`);
    return origin || fallback;
  };
  return { graph: pick('graphBaseUrl', DEFAULT_GRAPH), signIn: pick('authority', DEFAULT_SIGN_IN), problems };
}

/**
 * The policy. Scripts: this origin and Office.js's CDN only (no inline script, no eval: neither
 * Office.js nor our bundles need them). Styles: this origin's stylesheets (Fluent UI's CSS is
 * extracted at build time) and empty `<style>` elements only (EMPTY_STYLE_HASH); no 'unsafe-inline'.
 * Connections: this origin, the configured Graph host, its cloud's Outlook host (attachment upload
 * sessions) and the sign-in host. Frames: the sign-in
 * host (MSAL's silent renewal iframe); Office.js's telemetry frame is therefore refused.
 */
function contentSecurityPolicy({ graph, signIn } = cspHostsFromConfig()) {
  const connect = [...new Set(["'self'", graph, UPLOAD_HOSTS[graph], signIn].filter(Boolean))].join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_CDN_ORIGIN}`,
    `style-src 'self' ${EMPTY_STYLE_HASH}`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    `frame-src 'self' ${signIn}`,
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** `<meta http-equiv="Content-Security-Policy">` at the top of <head> (after the charset), before any script. */
function withCspMeta(html, policy) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  const head = /<head(\s[^>]*)?>(\s*<meta\s+charset=[^>]*>)?/i;
  if (!head.test(html)) throw new Error('withCspMeta: the page has no <head>');
  return html.replace(head, (start) => `${start}${meta}`);
}

/** Webpack plugin: every page html-webpack-plugin emits in this compilation gets the policy. */
class CspMetaPlugin {
  constructor(policy) {
    this.policy = policy;
  }
  apply(compiler) {
    const HtmlWebpackPlugin = require('html-webpack-plugin');
    compiler.hooks.compilation.tap('PostvaktCsp', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap('PostvaktCsp', (data) => {
        data.html = withCspMeta(data.html, this.policy);
        return data;
      });
    });
  }
}

module.exports = { contentSecurityPolicy, cspHostsFromConfig, withCspMeta, CspMetaPlugin, OFFICE_CDN_ORIGIN };
