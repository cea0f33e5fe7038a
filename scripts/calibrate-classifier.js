// `node scripts/calibrate-classifier.js [--grid] [--wrong]`: leave-one-organisation-out over the labelled corpora, per organisation kind, and the osaker thresholds' curve (needs lib/: npm run build:node).
'use strict';

const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const LIB = join(__dirname, '..', 'lib', 'src');
require(join(LIB, 'domain', 'text', 'installHtmlToText')).installHtmlToText(); // the classifier reads HTML bodies through it
const { classify, buildClassifyContext, modelInputs } = require(join(LIB, 'domain', 'classify'));
const { doubtOf, DOUBT } = require(join(LIB, 'domain', 'classify', 'decide'));
const { tieBreak } = require(join(LIB, 'domain', 'classify', 'tieBreak'));
const { HELD_PREFIX } = require(join(LIB, 'domain', 'classify', 'safety'));
const { POSITIVE_PREFIX, OWN_FORWARD_EVIDENCE, ROLE_DEFAULT_EVIDENCE } = require(join(LIB, 'domain', 'classify', 'positive'));
const { shippedWeights } = require(join(LIB, 'domain', 'classify', 'model'));
const { leaveOutDeltas } = require(join(LIB, 'cli', 'commands', 'fit'));
const { parseCorpus } = require(join(LIB, 'domain', 'corpus'));
const { profileForOrganization, rosterOf } = require(join(LIB, 'domain', 'policy'));

const FILES = ['dev.json', 'tuning-2026-12.json', 'fresh-2026-12.json', 'fresh-2026-12b.json', 'fresh-2026-12c.json', 'fresh-2026-12d.json', 'fresh-2026-12e.json', 'fresh-2026-12f.json', 'fresh-2026-12g.json', 'fresh-2026-12h.json', 'fresh-2026-12i.json', 'fresh-2026-12j.json', 'fresh-2026-12k.json', 'fresh-2026-12l.json', 'fresh-2026-12m.json', 'fresh-2026-12n.json', 'fresh-2026-12o.json', 'fresh-2026-12p.json', 'fresh-2026-12q.json', 'fresh-2026-12r.json', 'fresh-2026-12s.json', 'fresh-2026-12t.json'].map((f) => join(__dirname, '..', 'test', 'fixtures', 'corpus', f));
/** Organisation kinds (README, Classifier): what each corpus organisation is. */
const KIND = {
  kramfors: 'municipality', mjolby: 'municipality', bjurholm: 'municipality', kiruna: 'municipality', bracklinge: 'municipality', vindsjo: 'municipality', tangevik: 'municipality', ekbacka: 'municipality', hultaryd: 'municipality', njallavare: 'municipality', kronvalla: 'municipality',
  lund: 'city', goteborg: 'city', norrhamn: 'city', skarvik: 'city',
  regionjh: 'region', vgr: 'region', norrsund: 'region', gyllenmark: 'region', alvmark: 'region',
  sjobygden: 'kommunalforbund', bergslagsdalen: 'kommunalforbund', tallasen: 'kommunalforbund', asbygden: 'kommunalforbund',
  hallmyra: 'municipality', borkeby: 'municipality', skansvik: 'municipality', tjalmo: 'municipality', bredvala: 'municipality', vagsund: 'city', lervaga: 'kommunalforbund', mellanskog: 'kommunalforbund',
  gruvhyttan: 'municipality', ljungskede: 'municipality', lindakra: 'municipality', kaunisjoki: 'municipality', stormo: 'municipality', storasen: 'kommunalforbund', ronnaskogsby: 'kommunalforbund',
  norrvreta: 'municipality', ekerlunda: 'municipality', klovskar: 'municipality', hagnas: 'municipality',
  grynmora: 'municipality', solvarby: 'municipality', ravlinge: 'municipality', tornsala: 'municipality',
  kvarnholm: 'municipality', sjohaga: 'municipality', hedenas: 'municipality', tresjo: 'municipality',
  ljusterbo: 'municipality', brunnby: 'municipality', salleryd: 'municipality', grasjoflyg: 'company',
  harnasbo: 'company', norrlida: 'municipality', ekvika: 'municipality', backmora: 'municipality',
  lomsjoenergi: 'company', harvsta: 'municipality', kalmvik: 'municipality', rodmossa: 'municipality',
  holmvarvshamn: 'company', angsbacka: 'municipality', sorvalla: 'municipality', bjorkhamra: 'municipality',
};

/** Every labelled message with its LOO verdict and, when the model decided, its LOO and shipped totals. */
function looItems() {
  const corpora = FILES.map((f) => {
    const parsed = parseCorpus(readFileSync(f, 'utf8'));
    if (!parsed.corpus) throw new Error(`${f}: ${parsed.errors.length} problems`);
    return parsed.corpus;
  });
  const shipped = shippedWeights();
  const items = [];
  for (const [fileIndex, corpus] of corpora.entries()) {
    for (const org of corpus.organizations) {
      const deltas = leaveOutDeltas(corpora, org.id);
      for (const box of corpus.mailboxes.filter((b) => b.organization === org.id)) {
        const profile = profileForOrganization(org, rosterOf(corpus.mailboxes, org.id));
        const owner = { name: box.owner.name, address: box.owner.address, roles: box.roles, party: box.party };
        const context = { ...buildClassifyContext(owner, box.messages), learned: deltas, refit: true };
        for (const m of box.messages) {
          if (!m.expected) continue;
          const verdict = classify(m, profile, context);
          const hits = verdict.subtype.startsWith('olasbart_') ? null : modelInputs(m, profile, context);
          let totals = null;
          let shippedTotals = null;
          if (hits) {
            totals = { registrera: 0, gallra_ej_allman: 0, gallra_ringa: 0 };
            shippedTotals = { registrera: 0, gallra_ej_allman: 0, gallra_ringa: 0 };
            for (const h of hits) {
              const w = shipped[h.id] ?? h.weight / (h.x || 1);
              totals[h.leaning] += Math.max(0, w + (deltas[h.id] ?? 0)) * h.x;
              // The fold's weights stand in for the shipped ones (which saw this organisation).
              shippedTotals[h.leaning] += Math.max(0, w + (deltas[h.id] ?? 0)) * h.x;
            }
          }
          const held = verdict.category === 'osaker' && (verdict.reasons[0]?.evidence ?? '').startsWith(HELD_PREFIX);
          const ev = verdict.category === 'osaker' ? (verdict.reasons[0]?.evidence ?? '') : '';
          // Round eleven's principle held a purge or a registration without evidence of its own.
          const positive = ev.startsWith(POSITIVE_PREFIX) ? (ev.includes('gallring') ? 'purge' : 'registration') : null;
          // Round twelve's verdicts that rest on structure, not on the totals: kept whatever the thresholds.
          const fixed = verdict.reasons.some((r) => r.evidence === OWN_FORWARD_EVIDENCE || r.evidence === ROLE_DEFAULT_EVIDENCE) ? verdict.category : null;
          items.push({ id: m.id, held, positive, fixed, file: FILES[fileIndex].split('/').pop(), org: org.id, kind: KIND[org.id] ?? 'other', expected: m.expected.category, clear: m.expected.difficulty === 'clear', verdict: verdict.category, totals, shippedTotals, hits, expectedFlags: m.expected.flags ?? [], flags: verdict.flags });
        }
      }
    }
  }
  return items;
}

/** The category under thresholds t: the LOO verdict for decisive and unreadable items, the model's otherwise (safety guards on the fold's weights). */
function categoryUnder(item, t) {
  if (!item.totals || item.fixed) return item.verdict;
  // Round eighteen's precedence settles a close call at every point of the curve, as classify does.
  const settle = (a, b) => tieBreak({ hits: item.hits ?? [] }, a, b);
  if (doubtOf(item.totals, item.shippedTotals, t, settle)) return 'osaker';
  const [first, second] = Object.keys(item.totals).sort((a, b) => item.totals[b] - item.totals[a]);
  const top = item.totals[first] - item.totals[second] < t.margin ? (settle(first, second) ?? first) : first;
  // Round eight's safety rule holds a purge whatever the thresholds.
  if (item.positive === 'purge' && top.startsWith('gallra')) return 'osaker';
  if (item.positive === 'registration' && top === 'registrera') return 'osaker';
  return item.held && top.startsWith('gallra') ? 'osaker' : top;
}

function score(items, t) {
  const s = { clear: 0, right: 0, osaker: 0, purged: 0, registered: 0, bPurged: 0, bRegistered: 0, bRight: 0, border: 0 };
  for (const it of items) {
    const c = categoryUnder(it, t);
    const purged = it.expected === 'registrera' && c.startsWith('gallra');
    const registered = it.expected === 'gallra_ej_allman' && c === 'registrera';
    if (it.clear) {
      s.clear++;
      if (c === it.expected) s.right++;
      if (c === 'osaker') s.osaker++;
      if (purged) s.purged++;
      if (registered) s.registered++;
    } else {
      s.border++;
      if (c === it.expected) s.bRight++;
      if (purged) s.bPurged++;
      if (registered) s.bRegistered++;
    }
  }
  return s;
}

const pct = (a, b) => `${((100 * a) / (b || 1)).toFixed(1)} %`;
const line = (label, s) =>
  `${label.padEnd(34)} clear ${String(s.right).padStart(3)}/${s.clear} (${pct(s.right, s.clear).padStart(7)})  osaker ${String(s.osaker).padStart(3)} (${pct(s.osaker, s.clear).padStart(6)})  safety clear ${s.purged}/${s.registered}  borderline right ${s.bRight}/${s.border}, safety ${s.bPurged}/${s.bRegistered}`;

function main() {
  const items = looItems();
  const out = [`Leave-one-organisation-out over ${FILES.length} corpora, ${items.length} labelled messages; thresholds ${JSON.stringify(DOUBT)}`, ''];
  out.push(line('all', score(items, DOUBT)));
  for (const file of [...new Set(items.map((i) => i.file))]) out.push(line(`file ${file}`, score(items.filter((i) => i.file === file), DOUBT)));
  for (const kind of [...new Set(items.map((i) => i.kind))]) out.push(line(`kind ${kind}`, score(items.filter((i) => i.kind === kind), DOUBT)));
  for (const org of [...new Set(items.map((i) => i.org))]) out.push(line(`  ${org}`, score(items.filter((i) => i.org === org), DOUBT)));
  // Flags under LOO per file (hits / false alarms / misses): the corpora's svar_kravs conventions differ (README, round seven).
  out.push('', 'Flags under LOO per file: hits / false alarms / misses');
  for (const flag of ['svar_kravs', 'sekretess', 'phishing', 'massutskick']) {
    const row = (its) => {
      const hit = its.filter((i) => i.expectedFlags.includes(flag) && i.flags.includes(flag)).length;
      const fa = its.filter((i) => !i.expectedFlags.includes(flag) && i.flags.includes(flag)).length;
      const miss = its.filter((i) => i.expectedFlags.includes(flag) && !i.flags.includes(flag)).length;
      return `${hit}/${fa}/${miss}`;
    };
    out.push(`${flag.padEnd(12)} all ${row(items)}; ${[...new Set(items.map((i) => i.file))].map((f) => `${f.replace('.json', '')} ${row(items.filter((i) => i.file === f))}`).join(', ')}`);
  }
  // What the osaker-on-clear messages would get without the doubt: right or wrong.
  const osaker = items.filter((i) => i.clear && i.totals && categoryUnder(i, DOUBT) === 'osaker');
  const top = (i) => Object.keys(i.totals).sort((a, b) => i.totals[b] - i.totals[a])[0];
  out.push('', `osaker on clear decided by the model: ${osaker.length}; its top category would be right for ${osaker.filter((i) => top(i) === i.expected).length}, wrong for ${osaker.filter((i) => top(i) !== i.expected).length}; unreadable or decisive osaker on clear: ${items.filter((i) => i.clear && !i.totals && i.verdict === 'osaker').length}`);
  if (process.argv.includes('--wrong')) {
    const wrong = items.filter((i) => i.clear && categoryUnder(i, DOUBT) !== i.expected);
    const unsafe = items.filter((i) => { const c = categoryUnder(i, DOUBT); return (i.expected === 'registrera' && c.startsWith('gallra')) || (i.expected === 'gallra_ej_allman' && c === 'registrera'); });
    out.push('', `safety errors (clear and borderline): ${unsafe.map((i) => `${i.id} (${i.expected} → ${categoryUnder(i, DOUBT)})`).join(', ') || 'none'}`);
    out.push('', `wrong on clear: ${wrong.map((i) => `${i.id} (${i.expected} → ${categoryUnder(i, DOUBT)})`).join(', ')}`);
  }
  out.push('', 'Curve: minTop / margin / safetyMargin / safetyEvidence → LOO figures (safety = public records purged / party-private registered)');
  for (const minTop of [1, 1.25, 1.5, 1.75, 2, 2.5]) {
    for (const margin of [0.5, 0.75, 1, 1.25, 1.5, 2]) {
      for (const safetyMargin of process.argv.includes('--grid') ? [2, 3, 4, 5] : [DOUBT.safetyMargin]) {
        for (const safetyEvidence of process.argv.includes('--grid') ? [1.5, 2, 2.5, 3] : [DOUBT.safetyEvidence]) {
          const t = { ...DOUBT, minTop, margin, safetyMargin, safetyEvidence };
          out.push(line(`${minTop} / ${margin} / ${safetyMargin} / ${safetyEvidence}`, score(items, t)));
        }
      }
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
