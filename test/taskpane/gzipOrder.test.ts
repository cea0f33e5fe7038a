// scripts/gzipOrder.js: the build step that orders a chunk's modules for gzip without changing what the chunk defines.

import path from 'path';
import zlib from 'zlib';
import { root } from '../browser/support/stack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { orderModulesForGzip } = require(path.join(root, 'scripts/gzipOrder.js')) as { orderModulesForGzip(code: string): string };

/** Text that deflate cannot shorten much: a fixed pseudo-random run of letters. */
function noise(length: number, seed: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    // xorshift32
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += String.fromCharCode(97 + ((x >>> 0) % 26));
  }
  return out;
}

const chunk = (modules: string[], extra = '') => `"use strict";(self.webpackChunkx=self.webpackChunkx||[]).push([[7],{${modules.join(',')}}${extra}]);`;

/** The module factories a chunk script registers, by id, as source text. */
function registered(code: string): Record<string, string> {
  const self: { webpackChunkx?: [unknown[], Record<string, () => void>][] } = {};
  new Function('self', code)(self);
  const [[, modules]] = self.webpackChunkx!;
  return Object.fromEntries(Object.entries(modules).map(([id, f]) => [id, String(f)]));
}

describe('orderModulesForGzip', () => {
  // Two modules share a long word list; a 40 KB module between them puts it out of deflate's 32 KB reach.
  const words = noise(6000, 1);
  const modules = [`11(e,t,n){e.exports="${words}"}`, `22(e){e.exports="${noise(40000, 2)}"}`, `33(e,t){t.a="${words}"}`];

  it('puts modules that share words next to each other, so the deflated chunk is smaller', () => {
    const code = chunk(modules);
    const out = orderModulesForGzip(code);
    expect(zlib.deflateRawSync(out, { level: 9 }).length).toBeLessThan(zlib.deflateRawSync(code, { level: 9 }).length - 3000);
  });

  it('registers the same factories under the same ids', () => {
    const code = chunk(modules);
    expect(registered(orderModulesForGzip(code))).toEqual(registered(code));
  });

  it.each([
    ['an entry chunk, whose runtime function runs in order', chunk(modules, ',e=>e(11)')],
    ['a script that is not a chunk', `var a="${words}",b="${noise(40000, 2)}",c="${words}";`],
    ['a script that does not parse', chunk(modules).slice(0, -3)],
    ['a chunk with one module', chunk([modules[0]])],
  ])('leaves %s unchanged', (_, code) => {
    expect(orderModulesForGzip(code)).toBe(code);
  });
});
