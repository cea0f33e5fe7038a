// Offline manifest validation: well-formed XML, the schema's element order, resids, https URLs, icons on disk.

import * as fs from 'fs';
import * as path from 'path';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';

const ROOT = path.join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require(path.join(ROOT, 'scripts', 'manifest.js')) as {
  renderManifest(o: { baseUrl: string; version: string; appDomains?: string[] }): string;
  appDomainsFor(config?: object): string[];
  baseUrlFor(env: string, config?: object, processEnv?: Record<string, string | undefined>): string;
  manifestVersion(v: string): string;
  DEV_BASE_URL: string;
};

/** Child element order from the XSDs (appforoffice 1.1, mailappversionoverrides 1.0/1.1), as data. */
const SCHEMA_ORDER: Record<string, string[]> = {
  OfficeApp: ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'FormSettings', 'Permissions', 'Rule', 'DisableEntityHighlighting', 'VersionOverrides'],
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'EquivalentAddins', 'VersionOverrides', 'WebApplicationInfo', 'ExtendedPermissions'],
  Host: ['Runtimes', 'DesktopFormFactor', 'MobileFormFactor'],
  DesktopFormFactor: ['FunctionFile', 'ExtensionPoint', 'SupportsSharedFolders'],
  MobileFormFactor: ['FunctionFile', 'ExtensionPoint'],
  Resources: ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'],
  Group: ['Label', 'Control'],
  'Control:Button': ['OverriddenByRibbonApi', 'Label', 'Supertip', 'Icon', 'Action', 'Enabled'],
  'Control:MobileButton': ['Label', 'Icon', 'Action'],
  'Action:ShowTaskpane': ['TaskpaneId', 'SourceLocation', 'Title', 'SupportsPinning'],
  'Action:ExecuteFunction': ['FunctionName'],
  'ExtensionPoint:LaunchEvent': ['LaunchEvents', 'SourceLocation'],
  Supertip: ['Title', 'Description'],
};

/** Elements only VersionOverridesV1_1 may hold. */
const V1_1_ONLY = ['MobileFormFactor', 'Runtimes', 'SupportsPinning'];

function parse(xml: string) {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level: string, message: string) => problems.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
  return { doc, problems };
}

function children(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XmlElement);
  return out;
}

function all(el: XmlElement): XmlElement[] {
  return children(el).flatMap((c) => [c, ...all(c)]);
}

function xsiType(el: XmlElement): string | null {
  return el.getAttribute('xsi:type');
}

function orderKey(el: XmlElement): string | null {
  const typed = `${el.nodeName}:${xsiType(el) ?? ''}`;
  if (SCHEMA_ORDER[typed]) return typed;
  return SCHEMA_ORDER[el.nodeName] ? el.nodeName : null;
}

function orderViolations(root: XmlElement): string[] {
  const problems: string[] = [];
  for (const el of [root, ...all(root)]) {
    const key = orderKey(el);
    if (!key) continue;
    const order = SCHEMA_ORDER[key]!;
    let last = -1;
    for (const child of children(el)) {
      const index = order.indexOf(child.nodeName);
      if (index < 0) problems.push(`${key} may not contain ${child.nodeName}`);
      else if (index < last) problems.push(`${key}: ${child.nodeName} comes too late`);
      else last = index;
    }
  }
  return problems;
}

const manifestXml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const { doc, problems: parseProblems } = parse(manifestXml);
const root = doc.documentElement as unknown as XmlElement;
const v10 = children(root).find((c) => c.nodeName === 'VersionOverrides')!;
const v11 = children(v10).find((c) => c.nodeName === 'VersionOverrides')!;

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function assetPath(url: string): string {
  const prefix = `${generator.DEV_BASE_URL}/assets/`;
  expect(url.startsWith(prefix)).toBe(true);
  return path.join(ROOT, 'assets', url.slice(prefix.length));
}

describe('manifest.xml', () => {
  describe('as XML', () => {
    it('is well-formed with a MailApp root', () => {
      expect(parseProblems).toEqual([]);
      expect(root.nodeName).toBe('OfficeApp');
      expect(xsiType(root)).toBe('MailApp');
    });

    it('is exactly what the generator writes for dev (no hand edits)', () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
      expect(manifestXml).toBe(generator.renderManifest({ baseUrl: generator.DEV_BASE_URL, version: generator.manifestVersion(pkg.version) }));
    });

    it('keeps the schema element order in OfficeApp, VersionOverrides, DesktopFormFactor and MobileFormFactor', () => {
      expect(orderViolations(root)).toEqual([]);
    });

    it('catches an element out of order (the check can fail)', () => {
      const swapped = manifestXml.replace('<ProviderName>Postvakt</ProviderName>', '').replace('<DefaultLocale>', '<ProviderName>Postvakt</ProviderName><DefaultLocale>').replace('</DefaultLocale>', '</DefaultLocale>');
      const bad = parse(swapped.replace(/<Runtimes>[\s\S]*?<\/Runtimes>/, '')
        .replace('<MobileFormFactor>', '<Runtimes><Runtime resid="JSRuntime.Url"/></Runtimes><MobileFormFactor>'));
      expect(orderViolations(bad.doc.documentElement as unknown as XmlElement)).toContain('Host: Runtimes comes too late');
    });

    it('keeps V1_1-only elements out of VersionOverridesV1_0', () => {
      expect(xsiType(v10)).toBe('VersionOverridesV1_0');
      expect(xsiType(v11)).toBe('VersionOverridesV1_1');
      const v10Own = all(v10).filter((el) => !all(v11).includes(el) && el !== v11);
      for (const name of V1_1_ONLY) expect(v10Own.filter((el) => el.nodeName === name)).toHaveLength(0);
      expect(v10Own.filter((el) => xsiType(el) === 'LaunchEvent')).toHaveLength(0);
    });

    it('asks for Mailbox 1.3 at least and no more (body.getAsync, convertToRestId, function commands)', () => {
      const set = all(root).find((el) => el.nodeName === 'Set' && el.getAttribute('Name') === 'Mailbox');
      expect(set?.getAttribute('MinVersion')).toBe('1.3');
      for (const sets of all(root).filter((el) => el.nodeName === 'bt:Sets')) expect(sets.getAttribute('DefaultMinVersion')).toBe('1.3');
    });
  });

  describe('resources', () => {
    for (const [name, vo] of [['V1_0', () => v10], ['V1_1', () => v11]] as const) {
      it(`defines every resid used in ${name} within ${name} (nested overrides inherit nothing)`, () => {
        const scope = vo();
        const own = all(scope).filter((el) => name === 'V1_1' || !all(v11).includes(el));
        const resources = children(scope).find((c) => c.nodeName === 'Resources')!;
        const defined = new Set(all(resources).map((el) => el.getAttribute('id')).filter(Boolean));
        const used = own.map((el) => el.getAttribute('resid')).filter((r): r is string => Boolean(r));
        expect(used.length).toBeGreaterThan(10);
        expect(used.filter((r) => !defined.has(r))).toEqual([]);
        for (const id of defined) expect(id!.length).toBeLessThanOrEqual(32);
      });
    }

    it('uses https for every bt:Url, bt:Image and SourceLocation', () => {
      const urls = all(root)
        .filter((el) => ['bt:Url', 'bt:Image', 'SourceLocation', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl'].includes(el.nodeName))
        .map((el) => el.getAttribute('DefaultValue'))
        .filter((u): u is string => Boolean(u));
      expect(urls.length).toBeGreaterThan(40);
      expect(urls.filter((u) => !u.startsWith('https://'))).toEqual([]);
    });

    it('keeps button labels within 125 characters and tooltips within 250', () => {
      for (const s of all(root).filter((el) => el.nodeName === 'bt:String' && el.parentNode?.nodeName === 'bt:ShortStrings')) {
        expect(s.getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(125);
      }
      for (const s of all(root).filter((el) => el.nodeName === 'bt:String' && el.parentNode?.nodeName === 'bt:LongStrings')) {
        expect(s.getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(250);
      }
    });
  });

  describe('commands', () => {
    const controls = (scope: XmlElement) => all(scope).filter((el) => el.nodeName === 'Control');

    it('offers Skicka till registrator and Gallra as function commands named as the function file registers them', () => {
      const source = fs.readFileSync(path.join(ROOT, 'src', 'commands', 'index.ts'), 'utf8');
      const names = all(v11).filter((el) => el.nodeName === 'FunctionName').map((el) => el.textContent);
      expect(new Set(names)).toEqual(new Set(['sendToRegistrarCommand', 'gallraCommand']));
      for (const n of names) expect(source).toContain(`associate('${n}'`);
    });

    it('opens a pinnable task pane from the desktop Postvakt button', () => {
      const pane = controls(v11).find((c) => c.getAttribute('id') === 'postvakt.readTaskpane')!;
      const action = children(pane).find((c) => c.nodeName === 'Action')!;
      expect(xsiType(action)).toBe('ShowTaskpane');
      expect(children(action).find((c) => c.nodeName === 'SupportsPinning')?.textContent).toBe('true');
    });

    it('has one mobile group of MobileButtons with all nine icons (25/32/48 at scales 1–3)', () => {
      const surfaces = all(v11).filter((el) => xsiType(el) === 'MobileMessageReadCommandSurface');
      expect(surfaces).toHaveLength(1);
      const groups = children(surfaces[0]!).filter((c) => c.nodeName === 'Group');
      expect(groups).toHaveLength(1);
      const buttons = children(groups[0]!).filter((c) => c.nodeName === 'Control');
      expect(buttons.length).toBeGreaterThanOrEqual(1);
      for (const button of buttons) {
        expect(xsiType(button)).toBe('MobileButton');
        const icon = children(button).find((c) => c.nodeName === 'Icon')!;
        expect(xsiType(icon)).toBe('bt:MobileIconList');
        const pairs = children(icon).map((img) => `${img.getAttribute('size')}@${img.getAttribute('scale')}`);
        expect(pairs.sort()).toEqual(['25@1', '25@2', '25@3', '32@1', '32@2', '32@3', '48@1', '48@2', '48@3']);
      }
    });

    it('sends OnMessageSend to onMessageSendHandler in PromptUser mode with an HTML runtime and a JS override', () => {
      const launch = all(v11).find((el) => el.nodeName === 'LaunchEvent')!;
      expect(launch.getAttribute('Type')).toBe('OnMessageSend');
      expect(launch.getAttribute('SendMode')).toBe('PromptUser');
      expect(launch.getAttribute('FunctionName')).toBe('onMessageSendHandler');
      const source = fs.readFileSync(path.join(ROOT, 'src', 'launchevent', 'index.ts'), 'utf8');
      expect(source).toContain("associate('onMessageSendHandler'");
      const urls = new Map(all(v11).filter((el) => el.nodeName === 'bt:Url').map((el) => [el.getAttribute('id'), el.getAttribute('DefaultValue')]));
      const runtime = all(v11).find((el) => el.nodeName === 'Runtime')!;
      expect(urls.get(runtime.getAttribute('resid'))).toMatch(/\/launchevent\.html$/);
      const override = children(runtime).find((c) => c.nodeName === 'Override')!;
      expect(override.getAttribute('type')).toBe('javascript');
      expect(urls.get(override.getAttribute('resid'))).toMatch(/\/launchevent\.js$/);
    });
  });

  describe('icons', () => {
    it('exist on disk at the size every bt:Image names (desktop 16/32/80, mobile size × scale)', () => {
      const images = all(root).filter((el) => el.nodeName === 'bt:Image' && el.getAttribute('DefaultValue'));
      expect(images.length).toBeGreaterThanOrEqual(36);
      const byId = new Map(images.map((el) => [el.getAttribute('id')!, el.getAttribute('DefaultValue')!]));
      const uses = all(root).filter((el) => el.nodeName === 'bt:Image' && el.getAttribute('resid'));
      for (const use of uses) {
        const size = Number(use.getAttribute('size'));
        const scale = Number(use.getAttribute('scale') ?? '1');
        const file = assetPath(byId.get(use.getAttribute('resid')!)!);
        expect(fs.existsSync(file)).toBe(true);
        expect(pngSize(file)).toEqual({ width: size * scale, height: size * scale });
      }
    });

    it('has the store icons at 64 and 128 px', () => {
      for (const [name, px] of [['IconUrl', 64], ['HighResolutionIconUrl', 128]] as const) {
        const el = all(root).find((e) => e.nodeName === name)!;
        expect(pngSize(assetPath(el.getAttribute('DefaultValue')!))).toEqual({ width: px, height: px });
      }
    });
  });
});

describe('scripts/manifest.js', () => {
  describe('when generating for production', () => {
    it('takes the base URL from configuration', () => {
      expect(generator.baseUrlFor('prod', { productionBaseUrl: 'https://postvakt.mjolby.se/' }, {})).toBe('https://postvakt.mjolby.se');
      const xml = generator.renderManifest({ baseUrl: 'https://postvakt.mjolby.se', version: '1.2.3.0' });
      expect(xml).not.toContain('localhost');
      expect(xml).toContain('https://postvakt.mjolby.se/launchevent.js');
    });

    it('refuses without a configured base URL, or with plain http', () => {
      expect(() => generator.baseUrlFor('prod', {}, {})).toThrow(/productionBaseUrl/);
      expect(() => generator.baseUrlFor('prod', { productionBaseUrl: 'http://postvakt.example.se' }, {})).toThrow(/https/);
    });
  });

  describe('AppDomains (hosts the Office dialog may navigate to)', () => {
    const appDomains = (xml: string) => [...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]);

    it('lists only Microsoft\'s sign-in host when the config names no other authority', () => {
      expect(generator.appDomainsFor({})).toEqual(['https://login.microsoftonline.com']);
      expect(generator.appDomainsFor({ authority: 'https://login.microsoftonline.com/organizations' })).toEqual(['https://login.microsoftonline.com']);
    });

    it('adds the configured authority\'s host and the knownAuthorities, https origins only, each once', () => {
      const config = { authority: 'https://Login.Kramfors.se/tenant-id/', knownAuthorities: ['login.kramfors.se', 'sso.kramfors.se:8443'] };
      expect(generator.appDomainsFor(config)).toEqual(['https://login.microsoftonline.com', 'https://login.kramfors.se', 'https://sso.kramfors.se:8443']);
      const xml = generator.renderManifest({ baseUrl: 'https://postvakt.kramfors.se', version: '1.2.3.0', appDomains: generator.appDomainsFor(config) });
      expect(appDomains(xml)).toEqual(['https://login.microsoftonline.com', 'https://login.kramfors.se', 'https://sso.kramfors.se:8443']);
    });

    it('refuses an authority that is not an https URL, or a knownAuthorities entry that is not a host name', () => {
      expect(() => generator.appDomainsFor({ authority: 'http://login.kramfors.se/tenant' })).toThrow(/https/);
      expect(() => generator.appDomainsFor({ authority: 'login.kramfors.se' })).toThrow(/not a URL/);
      expect(() => generator.appDomainsFor({ knownAuthorities: 'login.kramfors.se' })).toThrow(/list/);
      expect(() => generator.appDomainsFor({ knownAuthorities: ['https://login.kramfors.se/x'] })).toThrow(/host name/);
      expect(() => generator.appDomainsFor({ knownAuthorities: ['evil.se"><x'] })).toThrow(/host name/);
    });
  });

  it('turns semver into a four-part manifest version', () => {
    expect(generator.manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(generator.manifestVersion('2.10.3-beta.1')).toBe('2.10.3.0');
  });
});
