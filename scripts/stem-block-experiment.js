// `node scripts/stem-block-experiment.js [--cap N] [--lambda L] [--high H]`: leave-one-corpus-out with and without a regularised block of word-stem features (round seven, Part B; needs lib/: npm run build:node).
'use strict';

// The block: one feature per (stem, verdict class), prior weight 0, L2 toward 0, weights in [0, high]; stems of
// the subject and the newest part with the signature cut. In every fold the vocabulary AND the weights are chosen
// from the training corpora only (the held-out corpus is read only to be scored): see foldModel().

const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const LIB = join(__dirname, '..', 'lib', 'src');
require(join(LIB, 'domain', 'text', 'installHtmlToText')).installHtmlToText(); // the classifier reads HTML bodies through it
const { classify, buildClassifyContext, modelInputs } = require(join(LIB, 'domain', 'classify'));
const { extractFeatures } = require(join(LIB, 'domain', 'classify', 'features'));
const { doubtOf, DOUBT } = require(join(LIB, 'domain', 'classify', 'decide'));
const { fitWeights, DEFAULT_FIT } = require(join(LIB, 'domain', 'classify', 'fit'));
const { priorWeights } = require(join(LIB, 'domain', 'classify', 'model'));
const { swedishStem } = require(join(LIB, 'domain', 'classify', 'stem'));
const { parseCorpus } = require(join(LIB, 'domain', 'corpus'));
const { profileForOrganization, rosterOf } = require(join(LIB, 'domain', 'policy'));

const FILES = ['dev.json', 'tuning-2026-12.json', 'fresh-2026-12.json', 'fresh-2026-12b.json', 'fresh-2026-12c.json', 'fresh-2026-12d.json', 'fresh-2026-12e.json', 'fresh-2026-12f.json'];
const LEANINGS = ['registrera', 'gallra_ej_allman', 'gallra_ringa'];
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const CAP = arg('--cap', 300);
const LAMBDA = arg('--lambda', DEFAULT_FIT.lambda);
const HIGH = arg('--high', 1.5);
const ITERATIONS = arg('--iterations', DEFAULT_FIT.iterations);
const MIN_MESSAGES = 3;
const MIN_CORPORA = 2;

/** Where a signature or a phone's footer begins: the rest of the newest part is not the letter. */
const SIGNATURE = /\n\s*(--\s*$|med vänlig|vänliga hälsningar|vänlig hälsning|hälsningar|mvh|bästa hälsningar|hälsar|skickat från|sent from|best regards|kind regards|venlig hilsen)/im;

/** The distinct stems (letters only, ≥ 3 letters) of the subject and the newest part, signature cut. */
function stemsOf(f) {
  const body = f.newestLower.slice(f.subjectLower.length + 1);
  const cut = SIGNATURE.exec(body);
  const text = `${f.subjectLower}\n${cut ? body.slice(0, cut.index) : body}`;
  const out = new Set();
  for (const w of text.match(/[a-zà-ÿ]{3,}/g) ?? []) out.add(swedishStem(w));
  return out;
}

/** Name tokens of an organisation and its mailbox owners: never vocabulary (an unseen organisation has other names). */
function namesOf(corpus) {
  const names = new Set();
  const add = (s) => {
    for (const w of (s ?? '').toLowerCase().match(/[a-zà-ÿ]{3,}/g) ?? []) names.add(swedishStem(w));
  };
  for (const o of corpus.organizations) {
    add(o.id);
    add(o.name);
    for (const d of [o.politicianDomain, ...(o.orgDomains ?? [])]) add((d ?? '').replace(/[.-]/g, ' '));
  }
  for (const b of corpus.mailboxes) add(b.owner.name);
  return names;
}

/** Every labelled message once: its model inputs (null when a decisive rule answers) or its decisive verdict, and its stems. */
function load() {
  const items = [];
  const corpora = FILES.map((f) => parseCorpus(readFileSync(join(__dirname, '..', 'test', 'fixtures', 'corpus', f), 'utf8')).corpus);
  corpora.forEach((corpus, ci) => {
    for (const box of corpus.mailboxes) {
      const org = corpus.organizations.find((o) => o.id === box.organization);
      const profile = profileForOrganization(org, rosterOf(corpus.mailboxes, org.id));
      const owner = { name: box.owner.name, address: box.owner.address, roles: box.roles, party: box.party };
      const context = buildClassifyContext(owner, box.messages);
      for (const m of box.messages) {
        if (!m.expected) continue;
        const hits = modelInputs(m, profile, context);
        const base = { id: m.id, corpus: ci, org: org.id, label: m.expected.category, clear: m.expected.difficulty === 'clear' };
        if (!hits) items.push({ ...base, decisive: classify(m, profile, context).category });
        else items.push({ ...base, hits: hits.map((h) => ({ id: h.id, x: h.x, leaning: h.leaning })), stems: stemsOf(extractFeatures(m, profile, owner)) });
      }
    }
  });
  return { items, names: corpora.map(namesOf) };
}

/** Chi-square of a stem's presence against the three classes, over the training items that carry it. */
function chiSquare(withStem, classTotals, n) {
  let chi = 0;
  const k = LEANINGS.reduce((s, c) => s + (withStem[c] ?? 0), 0);
  for (const c of LEANINGS) {
    const expected = (k * classTotals[c]) / n;
    if (expected > 0) chi += ((withStem[c] ?? 0) - expected) ** 2 / expected;
  }
  return chi;
}

/**
 * One fold: the model fitted on every corpus but `heldOut`. The vocabulary is chosen from the training items
 * alone (stems in ≥ 3 messages of ≥ 2 training corpora, no organisation's or owner's name, the CAP most
 * class-dependent by chi-square), then the weights are fitted on the same training items.
 */
function foldModel(items, names, heldOut, withStems) {
  const train = items.filter((it) => it.corpus !== heldOut && it.hits);
  let vocabulary = new Set();
  if (withStems) {
    const excluded = new Set(names.filter((_, ci) => ci !== heldOut).flatMap((s) => [...s]));
    const stats = new Map();
    const classTotals = { registrera: 0, gallra_ej_allman: 0, gallra_ringa: 0 };
    for (const it of train) {
      classTotals[it.label]++;
      for (const s of it.stems) {
        if (excluded.has(s)) continue;
        let st = stats.get(s);
        if (!st) stats.set(s, (st = { n: 0, corpora: new Set(), byClass: {} }));
        st.n++;
        st.corpora.add(it.corpus);
        st.byClass[it.label] = (st.byClass[it.label] ?? 0) + 1;
      }
    }
    const eligible = [...stats.entries()].filter(([, st]) => st.n >= MIN_MESSAGES && st.corpora.size >= MIN_CORPORA);
    eligible.sort((a, b) => chiSquare(b[1].byClass, classTotals, train.length) - chiSquare(a[1].byClass, classTotals, train.length) || (a[0] < b[0] ? -1 : 1));
    vocabulary = new Set(eligible.slice(0, CAP).map(([s]) => s));
  }
  const featuresOf = (it) => [...it.hits, ...[...it.stems].filter((s) => vocabulary.has(s)).flatMap((s) => LEANINGS.map((c) => ({ id: `ord.${s}.${c}`, x: 1, leaning: c })))];
  const prior = priorWeights();
  for (const s of vocabulary) for (const c of LEANINGS) prior[`ord.${s}.${c}`] = 0;
  const examples = train.map((it) => ({ features: featuresOf(it), label: it.label, weight: it.clear ? 1 : 0.5 }));
  // The model's own features are fitted exactly as `postvakt fit` does; only the block is added.
  const weights = withStems ? fitWithBlock(examples, prior) : fitWeights(examples, prior, DEFAULT_FIT);
  return { vocabulary, featuresOf, weights };
}

/**
 * fitWeights with the block added: the same loss, the model's features under the same L2 toward their prior and
 * bounds, the stem features under L2 toward 0 (LAMBDA) within [0, HIGH]. A stem is in far more messages than most
 * features, so its step is divided by how many training messages carry it (a diagonal preconditioner; with
 * fitWeights' single step the common stems jump between their bounds and never settle).
 */
function fitWithBlock(examples, prior) {
  const df = {};
  for (const ex of examples) for (const h of ex.features) df[h.id] = (df[h.id] ?? 0) + 1;
  const block = (id) => id.startsWith('ord.');
  return fitWeights(examples, prior, {
    ...DEFAULT_FIT,
    iterations: ITERATIONS,
    lambdaFor: (id) => (block(id) ? LAMBDA : DEFAULT_FIT.lambda),
    rateFor: (id) => (block(id) ? DEFAULT_FIT.rate * Math.min(1, 10 / (df[id] ?? 1)) : DEFAULT_FIT.rate),
    bounds: (id, p) => (block(id) ? [0, HIGH] : [p * DEFAULT_FIT.low, p * DEFAULT_FIT.high]),
  });
}

function categoryOf(it, model) {
  if (!it.hits) return it.decisive;
  const totals = { registrera: 0, gallra_ej_allman: 0, gallra_ringa: 0 };
  for (const h of model.featuresOf(it)) totals[h.leaning] += (model.weights[h.id] ?? 0) * h.x;
  if (doubtOf(totals, totals, DOUBT)) return 'osaker';
  return LEANINGS.slice().sort((a, b) => totals[b] - totals[a])[0];
}

function score(items, cats) {
  const s = { clear: 0, right: 0, osaker: 0, purged: 0, registered: 0, bPurged: 0, bRegistered: 0 };
  items.forEach((it, i) => {
    const c = cats[i];
    const purged = it.label === 'registrera' && c.startsWith('gallra');
    const registered = it.label === 'gallra_ej_allman' && c === 'registrera';
    if (it.clear) {
      s.clear++;
      if (c === it.label) s.right++;
      if (c === 'osaker') s.osaker++;
      if (purged) s.purged++;
      if (registered) s.registered++;
    } else {
      if (purged) s.bPurged++;
      if (registered) s.bRegistered++;
    }
  });
  return s;
}

const fmt = (s) => `${String(s.right).padStart(4)}/${s.clear} (${((100 * s.right) / s.clear).toFixed(1).padStart(5)} %) osaker ${String(s.osaker).padStart(3)}, safety ${s.purged}/${s.registered} clear, ${s.bPurged}/${s.bRegistered} borderline`;

function main() {
  const { items, names } = load();
  const out = [`Leave-one-corpus-out, ${items.length} labelled messages; stem block: cap ${CAP}, ≥ ${MIN_MESSAGES} messages in ≥ ${MIN_CORPORA} corpora, lambda ${LAMBDA}, weights in [0, ${HIGH}], ${ITERATIONS} iterations`, ''];
  const all = { without: [], with: [], items: [] };
  for (let heldOut = 0; heldOut < FILES.length; heldOut++) {
    const test = items.filter((it) => it.corpus === heldOut);
    const without = foldModel(items, names, heldOut, false);
    const withBlock = foldModel(items, names, heldOut, true);
    const a = test.map((it) => categoryOf(it, without));
    const b = test.map((it) => categoryOf(it, withBlock));
    all.without.push(...a);
    all.with.push(...b);
    all.items.push(...test);
    const top = [...withBlock.vocabulary].slice(0, 12).join(' ');
    out.push(`${FILES[heldOut].padEnd(20)} without ${fmt(score(test, a))}`);
    out.push(`${''.padEnd(20)} with    ${fmt(score(test, b))}   (vocabulary ${withBlock.vocabulary.size}: ${top} …)`);
  }
  out.push('', `${'all'.padEnd(20)} without ${fmt(score(all.items, all.without))}`, `${''.padEnd(20)} with    ${fmt(score(all.items, all.with))}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
