// What a ribbon command may do without asking anything: pure rules over the verdict.

import type { Verdict } from '../domain/types';

/** A command has no room to ask for a reason, so Gallra acts only on verdicts this sure. */
export const COMMAND_GALLRA_MIN_CONFIDENCE = 0.8;

export type GallraDecision = { act: true } | { act: false; reasonSv: string; reasonEn: string };

export function decideCommandGallra(verdict: Verdict): GallraDecision {
  if (verdict.category !== 'gallra_ej_allman' && verdict.category !== 'gallra_ringa') {
    return verdict.category === 'registrera'
      ? { act: false, reasonSv: 'Meddelandet ser ut att vara en allmän handling som ska registreras.', reasonEn: 'The message looks like a public record to register.' }
      : { act: false, reasonSv: 'Postvakt är osäker på meddelandet.', reasonEn: 'Postvakt is unsure about the message.' };
  }
  if (verdict.flags.length > 0) {
    return { act: false, reasonSv: 'Meddelandet har varningar som du behöver se först.', reasonEn: 'The message has warnings you need to see first.' };
  }
  if (verdict.confidence < COMMAND_GALLRA_MIN_CONFIDENCE) {
    return { act: false, reasonSv: 'Bedömningen är inte säker nog.', reasonEn: 'The verdict is not certain enough.' };
  }
  return { act: true };
}

export type SendDecision = { act: true } | { act: false; reasonSv: string; reasonEn: string };

/** Party and private mail is not an allmän handling: the registrar must not receive it from a button. */
export function decideCommandSend(verdict: Verdict): SendDecision {
  if (verdict.category === 'gallra_ej_allman') {
    const rule = verdict.reasons[0]?.rule;
    return {
      act: false,
      reasonSv: `Skickas inte: inte en allmän handling (parti- eller privatpost)${rule ? ` – ${rule}` : ''}.`,
      reasonEn: `Not sent: not a public record (party or private mail)${rule ? ` – ${rule}` : ''}.`,
    };
  }
  return { act: true };
}
