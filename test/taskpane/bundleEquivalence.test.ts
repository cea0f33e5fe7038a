// The production classifier chunk (minified, rewritten by webpack.config.js's build steps) judges every digest corpus message exactly as the sources do, HTML bodies once its lazy-html chunk is in.

import fs from 'fs';
import path from 'path';
import { DIGEST_CORPORA } from '../../bench/classifyDigest';
import { parseCorpus } from '../../src/domain/corpus';
import { profileForOrganization } from '../../src/domain/policy';
import type { MailMessage } from '../../src/domain/types';
import * as source from '../../src/taskpane/verdictEngine';
import { ensureBuilt, root } from '../browser/support/stack';

type Engine = Pick<typeof source, 'judge' | 'SHIPPED_DEFAULT_PROFILE'>;

interface Built {
  engine: Engine;
  /** The lazy-html chunk's installHtmlToText (src/taskpane/htmlText.ts loads it in the pane). */
  installHtmlToText: () => void;
}

/** The scripts taskpane.html preloads (the classifier chunk). */
function preloadedScripts(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*\srel=["']?preload["']?[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\sas=["']?script/.test(tag))
    .map((tag) => /\shref=["']?([^"'\s>]+)/.exec(tag)![1]);
}

/**
 * The verdict engine as built: the chunks run against the little of webpack's runtime they use
 * (require, export getters, the namespace mark); a lazy chunk (the config's validators) is refused.
 * `files` are the preloaded chunks and the lazy-html chunk, whose module only defines functions.
 */
function loadBuilt(files: string[]): Built {
  const self: { webpackChunkpostvakt?: [unknown, Record<string, (m: object, e: object, r: unknown) => void>][] } = {};
  for (const file of files) new Function('self', fs.readFileSync(file, 'utf8'))(self);
  const factories: Record<string, (m: object, e: object, r: unknown) => void> = {};
  for (const [, modules] of self.webpackChunkpostvakt ?? []) Object.assign(factories, modules);
  const cache: Record<string, { exports: Record<string, unknown> }> = {};
  const req = Object.assign(
    (id: string) => {
      if (!cache[id]) {
        cache[id] = { exports: {} };
        factories[id](cache[id], cache[id].exports, req);
      }
      return cache[id].exports;
    },
    {
      // Both of webpack's forms: { name: getter } and [name, getter | 0, value?, …] (0: a constant value).
      d: (exports: object, defs: Record<string, () => unknown> | unknown[]) => {
        const define = (key: string, d: PropertyDescriptor) => key in exports || Object.defineProperty(exports, key, { enumerable: true, ...d });
        if (!Array.isArray(defs)) for (const key of Object.keys(defs)) define(key, { get: defs[key] });
        else for (let i = 0; i < defs.length; ) {
          const key = defs[i++] as string;
          const getter = defs[i++];
          define(key, getter === 0 ? { value: defs[i++] } : { get: getter as () => unknown });
        }
      },
      r: (exports: object) => Object.defineProperty(exports, '__esModule', { value: true }),
      o: (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key),
      e: () => Promise.reject(new Error('no lazy chunk in this test')),
    },
  );
  let engine: Engine | null = null;
  let install: (() => void) | null = null;
  for (const id of Object.keys(factories)) {
    const exports = req(id);
    if (typeof exports.judge === 'function' && exports.SHIPPED_DEFAULT_PROFILE) engine = exports as unknown as Engine;
    if (typeof exports.installHtmlToText === 'function') install = exports.installHtmlToText as () => void;
  }
  if (!engine) throw new Error('no module of the preloaded chunks exports judge');
  if (!install) throw new Error('no module of the lazy-html chunk exports installHtmlToText');
  return { engine, installHtmlToText: install };
}

/** The error code a call throws, or null when it returns. */
function thrownCode(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return String((error as { code?: unknown }).code);
  }
}

describe('the built classifier chunk', () => {
  let built: Engine;
  let installHtmlToText: () => void;
  beforeAll(() => {
    jest.useFakeTimers(); // judge() schedules the pattern automata for later
    ensureBuilt();
    const dist = path.join(root, 'dist');
    const files = preloadedScripts(fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8')).map((f) => path.join(dist, f));
    const lazyHtml = fs.readdirSync(dist).filter((f) => /^lazy-html\.[0-9a-f]+\.js$/.test(f));
    expect(lazyHtml).toHaveLength(1);
    expect(files.some((f) => f.includes('lazy-html'))).toBe(false);
    ({ engine: built, installHtmlToText } = loadBuilt([...files, path.join(dist, lazyHtml[0])]));
  });
  afterAll(() => jest.useRealTimers());

  it('ships the same default profile', () => {
    expect(JSON.stringify(built.SHIPPED_DEFAULT_PROFILE)).toBe(JSON.stringify(source.SHIPPED_DEFAULT_PROFILE));
  });

  it('judges a text body without the HTML converter and refuses an HTML body until the lazy-html chunk provides it', () => {
    const owner = { name: 'Anna Ledamot', address: 'anna.ledamot@pol.kramfors.se', roles: [] };
    const text: MailMessage = {
      id: 'm1',
      receivedDateTime: '2026-03-02T08:00:00.000Z',
      sentDateTime: '2026-03-02T08:00:00.000Z',
      isRead: false,
      importance: 'normal',
      from: { name: 'Nämndsekreterare', address: 'sekreterare@kramfors.se' },
      toRecipients: [{ name: owner.name, address: owner.address }],
      ccRecipients: [],
      subject: 'Kallelse till nämndens sammanträde',
      body: { contentType: 'text', content: 'Välkommen till sammanträdet den 10 mars.' },
      internetMessageHeaders: [],
      attachments: [],
    };
    const html: MailMessage = { ...text, body: { contentType: 'html', content: '<p>Välkommen till sammanträdet den 10 mars.</p>' } };
    const profile = built.SHIPPED_DEFAULT_PROFILE;
    expect(thrownCode(() => built.judge(text, profile, owner))).toBeNull();
    expect(thrownCode(() => built.judge(html, profile, owner))).toBe('html_to_text_missing');
    installHtmlToText();
    expect(JSON.stringify(built.judge(html, profile, owner))).toBe(JSON.stringify(source.judge(html, profile, owner)));
  });

  it('judges every digest corpus message as the sources do: in its mailbox, alone and in capitals', () => {
    installHtmlToText(); // as the pane does before any verdict on a message from Graph
    let compared = 0;
    const differ: string[] = [];
    for (const name of DIGEST_CORPORA) {
      const { corpus } = parseCorpus(fs.readFileSync(path.join(root, 'test/fixtures/corpus', `${name}.json`), 'utf8'));
      for (const box of corpus!.mailboxes) {
        const profile = profileForOrganization(corpus!.organizations.find((o) => o.id === box.organization)!);
        const owner = { ...box.owner, roles: box.roles, party: box.party };
        for (const m of box.messages) {
          const caps: MailMessage = { ...m, subject: m.subject.toUpperCase(), body: { ...m.body, content: m.body.content.toUpperCase() } };
          const ways: [MailMessage, MailMessage[]][] = [[m, box.messages], [m, [m]], [caps, [caps]]];
          for (const [message, correspondence] of ways) {
            const want = JSON.stringify(source.judge(message, profile, owner, correspondence));
            const got = JSON.stringify(built.judge(message, profile, owner, correspondence));
            compared++;
            if (got !== want && differ.length < 5) differ.push(`${name} ${m.id}: ${got} ≠ ${want}`);
          }
        }
      }
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(1000);
  });
});
