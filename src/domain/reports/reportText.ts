// Plain-text renderings of the reports (Swedish), for the CLI and for copying into an e-mail.

import { localDateTime } from './calendar';
import type { ExposureReport } from './exposure.types';
import type { DecisionBucket, HygieneReport } from './hygiene.types';
import { SENSITIVE_KINDS, SENSITIVE_LABELS } from './sensitive';

const FOLDER_SV = { inbox: 'Inkorgen', sentitems: 'Skickat', deleteditems: 'Borttaget', drafts: 'Utkast' } as const;

const BUCKET_SV: Record<DecisionBucket, string> = {
  registrera: 'registrera',
  gallra_ej_allman: 'gallra (inte allmän handling)',
  gallra_ringa: 'gallra (ringa eller tillfällig betydelse)',
  osaker: 'osäker',
  oklassad: 'inte bedömda',
  avgor_senare: 'avgör senare',
};

export function hygieneToText(report: HygieneReport, mailbox: string, organization: string): string {
  const lines = [`Brevlådehygien för ${mailbox} (${organization}), per ${localDateTime(report.now)}`, '', `Poäng: ${report.score}/100`, '', 'Mappar:'];
  for (const f of report.folders) {
    const oldest = f.oldestDateTime ? `, äldsta ${f.oldestAgeDays} dagar (${f.oldestDateTime.slice(0, 10)})` : '';
    lines.push(`  ${FOLDER_SV[f.folder].padEnd(11)} ${String(f.count).padStart(5)} st${oldest}`);
  }
  const u = report.unread;
  lines.push('', `Olästa i Inkorgen: ${u.count}${u.oldestUnreadAgeDays !== null ? ` (äldsta ${u.oldestUnreadAgeDays} dagar)` : ''}. ${u.explanation.sv}`);
  const buckets = (Object.keys(report.awaitingDecision.byCategory) as DecisionBucket[])
    .map((b) => `${BUCKET_SV[b]} ${report.awaitingDecision.byCategory[b]}`)
    .join(', ');
  lines.push(`Väntar på beslut (${report.awaitingDecision.total}): ${buckets}`);
  lines.push(`Äldre än ett år: ${report.olderThanYear.count}`);
  lines.push(`Frånvaromeddelande: ${report.outOfOffice.advice.sv} (${report.outOfOffice.rule})`);
  lines.push('', report.deductions.length ? 'Avdrag:' : 'Inga avdrag.');
  for (const d of report.deductions) lines.push(`  -${String(d.points).padStart(2)}  ${d.detail.sv}  [${d.rule}]`);
  return `${lines.join('\n')}\n`;
}

const ACTION_SV = { gallrad: 'gallrad', skickad_till_registrator: 'skickad till registrator', vidarebefordran: 'vidarebefordran' } as const;

export function exposureToText(report: ExposureReport, organization: string): string {
  const c = report.counts;
  const lines = [
    `E-postloggen de senaste ${report.windowDays} dagarna för ${report.mailbox} (${organization}), per ${localDateTime(report.now)}`,
    '',
    report.statement.sv,
    '',
    `Rader: ${c.total} (kvar i brevlådan ${c.inMailbox}, gallrade eller vidarebefordrade ${c.purgedOrForwarded}; in ${c.incoming}, ut ${c.outgoing})`,
    `Rader som avslöjar något känsligt: ${c.withSensitive} — ${SENSITIVE_KINDS.map((k) => `${SENSITIVE_LABELS[k].sv.toLowerCase()} ${c.bySensitiveKind[k]}`).join(', ')}`,
    '',
  ];
  for (const r of report.rows) {
    const who = r.direction === 'in' ? `från ${r.from?.address ?? 'okänd'}` : `till ${[...r.to, ...r.cc].map((a) => a.address).join(', ')}`;
    const where = r.source === 'journal' ? ` [borta ur brevlådan: ${r.action ? ACTION_SV[r.action] : ''}]` : '';
    const flags = r.sensitive.length ? ` ⚠ ${r.sensitive.map((f) => SENSITIVE_LABELS[f.kind].sv).join('; ')}` : '';
    lines.push(`${r.localDate} ${r.localTime} ${r.direction === 'in' ? 'in ' : 'ut '} ${who} — ${r.subject}${where}${flags} (lämnar ${r.leavesWindowOn})`);
  }
  lines.push('', 'Rader som lämnar loggfönstret:');
  for (const d of report.timeline.filter((x) => x.leaving > 0)) lines.push(`  ${d.date}: ${d.leaving} lämnar, ${d.remaining} kvar`);
  return `${lines.join('\n')}\n`;
}

