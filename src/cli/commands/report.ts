// `postvakt report hygiene|exposure <corpus.json> [--mailbox ADDRESS] [--now ISO] [--csv]`: the
// hygiene and 30-day log exposure reports over a mailbox in a corpus file, as of its reference date.

import { readFile } from 'fs/promises';
import { parseCorpus } from '../../domain/corpus';
import { buildClassifyContext, classify } from '../../domain/classify';
import { profileForOrganization, rosterOf } from '../../domain/policy';
import { buildExposureReport } from '../../domain/reports/exposure';
import { exposureToCsv } from '../../domain/reports/exposureCsv';
import { buildHygieneReport } from '../../domain/reports/hygiene';
import { isValidInstant } from '../../domain/reports/calendar';
import { MAIL_FOLDERS, type MailboxOwner, type Verdict } from '../../domain/types';
import { asMessageId, type FolderSummary, type MessageSummary } from '../../ports/mailbox';
import { EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, type CliIo, type CommandSpec } from '../io';
import { exposureToText, hygieneToText } from '../../domain/reports/reportText';

const USAGE = 'postvakt report hygiene|exposure <corpus.json> [--mailbox ADDRESS] [--now ISO] [--csv]';

interface Options {
  kind: 'hygiene' | 'exposure';
  file: string;
  mailbox?: string;
  now?: string;
  csv: boolean;
}

function parseArgs(args: string[]): Options | string {
  const positional: string[] = [];
  const options: Partial<Options> = { csv: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--csv') options.csv = true;
    else if (a === '--mailbox' || a === '--now') {
      const value = args[++i];
      if (!value || value.startsWith('--')) return `${a} needs a value.`;
      if (a === '--mailbox') options.mailbox = value;
      else options.now = value;
    } else if (a.startsWith('--')) return `Unknown option ${a}.`;
    else positional.push(a);
  }
  const [kind, file, ...rest] = positional;
  if (kind !== 'hygiene' && kind !== 'exposure') return 'Say which report: hygiene or exposure.';
  if (!file) return 'Give the corpus file.';
  if (rest.length) return `Unexpected argument ${rest[0]}.`;
  if (options.csv && kind !== 'exposure') return '--csv is for the exposure report.';
  if (options.now && !isValidInstant(options.now)) return `--now is not an ISO instant: ${options.now}`;
  return { ...options, kind, file } as Options;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`postvakt report: ${parsed}\nUsage: ${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  let text: string;
  try {
    text = await readFile(parsed.file, 'utf8');
  } catch {
    io.err(`postvakt report: cannot read ${parsed.file}.`);
    return EXIT_BAD_INPUT;
  }
  const { corpus, errors } = parseCorpus(text);
  if (!corpus) {
    io.err(`postvakt report: ${parsed.file} is not a usable corpus (${errors.length} errors):`);
    for (const e of errors.slice(0, 20)) io.err(`  ${e.messageId ? `${e.messageId}: ` : ''}${e.field}: ${e.message}`);
    return EXIT_BAD_INPUT;
  }
  if (errors.length) io.err(`postvakt report: ${errors.length} messages skipped as invalid (e.g. ${errors[0].messageId ?? ''} ${errors[0].field}).`);
  const wanted = parsed.mailbox?.toLowerCase();
  const box = wanted ? corpus.mailboxes.find((m) => m.owner.address.toLowerCase() === wanted) : corpus.mailboxes[0];
  if (!box) {
    io.err(`postvakt report: no mailbox ${parsed.mailbox ?? ''} in the corpus. Mailboxes: ${corpus.mailboxes.map((m) => m.owner.address).join(', ')}`);
    return EXIT_BAD_INPUT;
  }
  const org = corpus.organizations.find((o) => o.id === box.organization);
  if (!org) {
    io.err(`postvakt report: the mailbox's organisation ${box.organization} is missing from the corpus.`);
    return EXIT_FAILURE;
  }
  const profile = profileForOrganization(org, rosterOf(corpus.mailboxes, org.id));
  const owner: MailboxOwner = { name: box.owner.name, address: box.owner.address, roles: box.roles, ...(box.party ? { party: box.party } : {}) };
  const now = parsed.now ?? corpus.referenceDate;
  const messages: MessageSummary[] = box.messages.map((m) => ({
    id: asMessageId(m.id),
    folder: m.folder,
    receivedDateTime: m.receivedDateTime,
    sentDateTime: m.sentDateTime,
    isRead: m.isRead,
    isDraft: false,
    from: m.from,
    toRecipients: m.toRecipients,
    ccRecipients: m.ccRecipients,
    subject: m.subject,
    hasAttachments: m.attachments.length > 0,
    properties: {},
  }));

  if (parsed.kind === 'exposure') {
    const report = buildExposureReport({ messages, journal: [], owner, profile, now });
    io.out(parsed.csv ? exposureToCsv(report) : exposureToText(report, profile.name));
    return EXIT_OK;
  }
  const context = buildClassifyContext(owner, box.messages);
  const verdicts = new Map<string, Verdict>(box.messages.map((m) => [m.id, classify(m, profile, context)]));
  const folders: FolderSummary[] = MAIL_FOLDERS.map((folder) => ({
    folder,
    id: folder,
    totalItemCount: messages.filter((m) => m.folder === folder).length,
    unreadItemCount: messages.filter((m) => m.folder === folder && !m.isRead).length,
  }));
  const automaticReplies = box.automaticReplies ?? { status: 'disabled' as const };
  const report = buildHygieneReport({ folders, messages, verdicts, automaticReplies, profile, now });
  io.out(hygieneToText(report, owner.address, profile.name));
  return EXIT_OK;
}

export function reportCommand(): CommandSpec {
  return { summary: 'Hygiene or 30-day log exposure report over a corpus mailbox', usage: USAGE, run };
}
