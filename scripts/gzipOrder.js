// Build step: orders the modules of a webpack chunk so that gzip finds more of each module's words in the 32 KB before it.
'use strict';
const path = require('path');
const zlib = require('zlib');

/** acorn, the parser webpack itself uses (resolved from webpack, so no second copy is installed). */
function loadAcorn() {
  return require(require.resolve('acorn', { paths: [path.dirname(require.resolve('webpack'))] }));
}

/**
 * The modules object of a chunk script `(self.webpackChunk…=…||[]).push([[ids],{id(e,t,n){…},…}])`, or null
 * for any other shape (an entry chunk with a runtime function, anything unexpected).
 */
function modulesObject(program) {
  if (program.body.length < 1) return null;
  const statement = program.body[program.body.length - 1];
  const call = statement.type === 'ExpressionStatement' ? statement.expression : null;
  if (!call || call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression') return null;
  if (call.callee.computed || call.callee.property.name !== 'push' || call.arguments.length !== 1) return null;
  const arg = call.arguments[0];
  if (arg.type !== 'ArrayExpression' || arg.elements.length !== 2 || arg.elements[0]?.type !== 'ArrayExpression') return null;
  const modules = arg.elements[1];
  if (modules?.type !== 'ObjectExpression') return null;
  // Every property a plain module factory keyed by its id: nothing whose order could matter.
  const plain = modules.properties.every((p) => p.type === 'Property' && !p.computed && p.kind === 'init' && (p.key.type === 'Literal' || p.key.type === 'Identifier'));
  return plain ? modules : null;
}

/**
 * The chunk with its modules reordered (greedy: each module moved to where the deflated size is least,
 * for up to `maxPasses` passes). The order of a modules object is no part of the program: webpack's
 * runtime copies the factories by id and runs them when required. Returns the script unchanged when it
 * does not parse, is not a plain chunk, or no order is smaller.
 */
function orderModulesForGzip(code, { acorn = loadAcorn(), maxPasses = 2 } = {}) {
  let program;
  try {
    program = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true });
  } catch {
    return code;
  }
  const modules = modulesObject(program);
  if (!modules || modules.properties.length < 2) return code;
  const parts = modules.properties.map((p) => code.slice(p.start, p.end));
  const before = code.slice(0, modules.start);
  const after = code.slice(modules.end);
  const render = (order) => `${before}{${order.map((i) => parts[i]).join(',')}}${after}`;
  const size = (order) => zlib.deflateRawSync(render(order), { level: 9 }).length;
  let order = parts.map((_, i) => i);
  let best = size(order);
  const start = best;
  for (let pass = 0; pass < maxPasses; pass++) {
    let moved = false;
    for (const item of [...order]) {
      const without = order.filter((i) => i !== item);
      let bestOrder = null;
      for (let at = 0; at <= without.length; at++) {
        const candidate = [...without.slice(0, at), item, ...without.slice(at)];
        if (candidate.every((v, k) => v === order[k])) continue;
        const s = size(candidate);
        if (s < best) {
          best = s;
          bestOrder = candidate;
        }
      }
      if (bestOrder) {
        order = bestOrder;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return best < start ? render(order) : code;
}

module.exports = { orderModulesForGzip };
