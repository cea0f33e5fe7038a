// scripts/csp.js: the policy built from the deployment's config, and its <meta> placed before any script.

import fs from 'fs';
import os from 'os';
import path from 'path';
import { root } from '../browser/support/stack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const csp = require(path.join(root, 'scripts/csp.js')) as {
  contentSecurityPolicy(hosts?: { graph: string; signIn: string }): string;
  cspHostsFromConfig(file: string): { graph: string; signIn: string; problems: string[] };
  withCspMeta(html: string, policy: string): string;
};

function configFile(content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postvakt-csp-'));
  const file = path.join(dir, 'postvakt.config.json');
  fs.writeFileSync(file, content);
  return file;
}

describe('contentSecurityPolicy', () => {
  it('allows connections to the configured Graph and sign-in hosts only, beside the page\'s own origin', () => {
    const hosts = csp.cspHostsFromConfig(configFile(JSON.stringify({ graphBaseUrl: 'https://graph.microsoft.us/v1.0', authority: 'https://login.microsoftonline.us/tenant-id' })));
    expect(hosts).toEqual({ graph: 'https://graph.microsoft.us', signIn: 'https://login.microsoftonline.us', problems: [] });
    const policy = csp.contentSecurityPolicy(hosts);
    expect(policy).toContain("connect-src 'self' https://graph.microsoft.us https://outlook.office365.us https://login.microsoftonline.us;");
    expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(policy).not.toMatch(/unsafe-eval/);
  });

  it.each([
    ['not JSON', '{'],
    ['an http Graph URL', JSON.stringify({ graphBaseUrl: 'http://graph.example', authority: 'https://login.microsoftonline.com/x' })],
    ['a wildcard', JSON.stringify({ graphBaseUrl: '*', authority: 'javascript:alert(1)' })],
    ['a quote that would end the attribute', JSON.stringify({ graphBaseUrl: 'https://a.example"><script>', authority: 7 })],
  ])('falls back to Microsoft\'s hosts for a config with %s, never widening the policy', (_name, content) => {
    const { problems, ...hosts } = csp.cspHostsFromConfig(configFile(content));
    expect(hosts).toEqual({ graph: 'https://graph.microsoft.com', signIn: 'https://login.microsoftonline.com' });
    expect(problems.length).toBeGreaterThan(0);
    expect(csp.contentSecurityPolicy(hosts)).not.toMatch(/[*"<>]|http:|javascript:/);
  });
});

describe('contentSecurityPolicy for the commercial cloud', () => {
  it('lets upload sessions reach outlook.office.com, where Graph points a large attachment\'s ranges', () => {
    expect(csp.contentSecurityPolicy({ graph: 'https://graph.microsoft.com', signIn: 'https://login.microsoftonline.com' })).toContain(
      "connect-src 'self' https://graph.microsoft.com https://outlook.office.com https://login.microsoftonline.com;",
    );
  });

  it('adds no upload host for a Graph host it does not know (a local server, a proxy)', () => {
    expect(csp.contentSecurityPolicy({ graph: 'https://graph.example.se', signIn: 'https://login.microsoftonline.com' })).toContain(
      "connect-src 'self' https://graph.example.se https://login.microsoftonline.com;",
    );
  });
});

describe('withCspMeta', () => {
  it('puts the meta right after the charset, before every script', () => {
    const html = csp.withCspMeta('<!doctype html><html><head><meta charset="utf-8"><script src="a.js"></script></head></html>', "default-src 'self'");
    expect(html).toBe('<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><script src="a.js"></script></head></html>');
  });

  it('refuses a page without <head> rather than emit it unprotected', () => {
    expect(() => csp.withCspMeta('<html><body><script src="a.js"></script></body></html>', "default-src 'self'")).toThrow(/no <head>/);
  });
});
