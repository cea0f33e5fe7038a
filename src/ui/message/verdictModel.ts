// What the verdict card says, as plain data: one definition for the React card (VerdictCard) and the
// task pane's first paint (src/taskpane/firstPaint.ts), which shows the verdict before React has loaded.

import { CATEGORY_LABELS, FLAG_LABELS } from '../../domain/labels';
import type { Category, Flag, MailMessage, Verdict } from '../../domain/types';
import { CARD_STRINGS, type Language } from '../cardStrings';

export type CategoryColor = 'danger' | 'success' | 'informative' | 'warning';
export type FlagIntent = 'error' | 'warning' | 'info';

const CATEGORY_COLOR: Record<Category, CategoryColor> = {
  registrera: 'danger',
  gallra_ej_allman: 'success',
  gallra_ringa: 'informative',
  osaker: 'warning',
};

const FLAG_INTENT: Record<Flag, FlagIntent> = {
  personnummer: 'warning',
  sekretess: 'error',
  phishing: 'error',
  okand_bilaga: 'warning',
  massutskick: 'info',
  svar_kravs: 'info',
};

export interface VerdictCardModel {
  /** The region's accessible name ("Bedömning"). */
  label: string;
  subject: string;
  from: string;
  category: { label: string; color: CategoryColor };
  confidence: string;
  /** The reasons list's accessible name ("Regel"). */
  reasonsLabel: string;
  reasons: { rule: string; evidence: string }[];
  flags: { flag: Flag; title: string; advice: string; intent: FlagIntent; secret: boolean }[];
}

/** The card's words for a message and its verdict; all message text stays text for the renderer to set as such. */
export function verdictCardModel(message: Pick<MailMessage, 'subject' | 'from'>, verdict: Verdict, sekretessKind: string | null, language: Language): VerdictCardModel {
  const s = CARD_STRINGS[language];
  return {
    label: s.verdict,
    subject: message.subject,
    from: `${s.from}: ${message.from.name ? `${message.from.name} <${message.from.address}>` : message.from.address}`,
    category: { label: CATEGORY_LABELS[verdict.category][language], color: CATEGORY_COLOR[verdict.category] },
    confidence: `${s.confidence}: ${Math.round(verdict.confidence * 100)} %`,
    reasonsLabel: s.rule,
    reasons: verdict.reasons.map((reason) => ({ rule: reason.rule, evidence: `${s.evidence}: ${reason.evidence}` })),
    flags: verdict.flags.map((flag) => {
      const label = FLAG_LABELS[flag];
      const secret = flag === 'sekretess';
      return {
        flag,
        title: `${label[language]}${secret && sekretessKind ? ` — ${sekretessKind}` : ''}`,
        advice: language === 'sv' ? label.advice_sv : label.advice_en,
        intent: FLAG_INTENT[flag],
        secret,
      };
    }),
  };
}
