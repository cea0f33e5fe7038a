// A Swedish sentence for any error a command meets: what happened and what to do.

import { errorText } from '../ui/errorText';
import { STRINGS } from '../ui/strings';

export function commandErrorSv(error: unknown): string {
  const e = error as { messageSv?: unknown; code?: unknown; statusCode?: unknown; name?: unknown } | null;
  if (e?.code === 'policy_invalid') return errorText(error, 'sv', STRINGS.sv);
  if (e && typeof e.messageSv === 'string' && e.messageSv) return e.messageSv;
  if (e?.code === 'no_item') return 'Inget meddelande är valt. Markera ett meddelande och försök igen.';
  if (e?.code === 'not_found' || e?.statusCode === 404) return 'Meddelandet finns inte längre i brevlådan. Uppdatera och försök igen.';
  if (e?.statusCode === 401 || e?.statusCode === 403) return 'Postvakt fick inte logga in mot brevlådan. Öppna Postvakt och logga in igen.';
  if (e?.name === 'TypeError' || e?.code === 'network') return 'Ingen kontakt med Microsoft 365. Kontrollera nätverket och försök igen.';
  return 'Något gick fel. Inget har gallrats. Öppna Postvakt och försök igen.';
}
