// Swedish and English labels and advice for categories and flags (shared by the task pane, CLI and reports).

import type { Category, Flag } from './types';

export const CATEGORY_LABELS: Record<Category, { sv: string; en: string }> = {
  registrera: { sv: 'Registrera (allmän handling)', en: 'Register (public record)' },
  gallra_ej_allman: { sv: 'Gallra – inte allmän handling', en: 'Purge – not a public record' },
  gallra_ringa: { sv: 'Gallra – ringa eller tillfällig betydelse', en: 'Purge – of minor or temporary value' },
  osaker: { sv: 'Osäker – du avgör', en: 'Unsure – your call' },
};

/** A flag's name (the message bar's title) and what to do, which reads as the bar's body after the title. */
export const FLAG_LABELS: Record<Flag, { sv: string; en: string; advice_sv: string; advice_en: string }> = {
  personnummer: {
    sv: 'Personnummer',
    en: 'Personal identity number',
    advice_sv: 'Undvik personnummer i e-post.',
    advice_en: 'Avoid personal identity numbers in e-mail.',
  },
  sekretess: {
    sv: 'Kan omfattas av sekretess',
    en: 'May be confidential',
    advice_sv: 'E-post får inte användas för sekretessbelagd information.',
    advice_en: 'E-mail must not be used for confidential information.',
  },
  phishing: {
    sv: 'Misstänkt nätfiske',
    en: 'Suspected phishing',
    advice_sv: 'Klicka inte på länkar eller bilagor. Kontakta IT.',
    advice_en: 'Do not click links or attachments. Contact IT.',
  },
  okand_bilaga: {
    sv: 'Bilaga från okänd avsändare',
    en: 'Attachment from unknown sender',
    advice_sv: 'Öppna bara bilagor från kända avsändare.',
    advice_en: 'Open attachments only from known senders.',
  },
  massutskick: {
    sv: 'Massutskick eller stor fil',
    en: 'Mass mailing or large file',
    advice_sv: 'Var selektiv med stora gruppadresser och stora filer, och svara inte alla.',
    advice_en: 'Be selective with large group addresses and large files, and do not reply all.',
  },
  svar_kravs: {
    sv: 'Svar krävs',
    en: 'Reply needed',
    advice_sv: 'Svara snabbt, eller lämna vidare till registrator.',
    advice_en: 'Answer promptly, or pass it on to the registrar.',
  },
};
