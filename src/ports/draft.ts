// Port: the draft being sent, as the Smart Alerts check needs it (Office.js in Outlook, stubs in tests).

import type { OutgoingMessage } from '../domain/sendCheck';

export interface DraftReader {
  read(): Promise<OutgoingMessage>;
}
