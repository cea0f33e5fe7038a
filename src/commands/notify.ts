// Outcome notifications on the item's info bar (Office caps the text at 150 characters).

export const NOTICE_KEY = 'postvakt-outcome';
export const MAX_NOTICE_CHARS = 150;

export interface Notice {
  kind: 'progress' | 'success' | 'error';
  text: string;
}

export type Notify = (notice: Notice) => Promise<void>;

export function clipNotice(text: string): string {
  return text.length <= MAX_NOTICE_CHARS ? text : `${text.slice(0, MAX_NOTICE_CHARS - 1)}…`;
}

/** Writes the notice through Office; never rejects (the item may already be gone after a purge). */
export function officeNotify(item: Pick<Office.MessageRead, 'notificationMessages'> | null | undefined): Notify {
  return (notice) =>
    new Promise<void>((resolve) => {
      if (!item?.notificationMessages) {
        resolve();
        return;
      }
      const message = clipNotice(notice.text);
      const details: Office.NotificationMessageDetails =
        notice.kind === 'error'
          ? { type: Office.MailboxEnums.ItemNotificationMessageType.ErrorMessage, message }
          : notice.kind === 'progress'
            ? { type: Office.MailboxEnums.ItemNotificationMessageType.ProgressIndicator, message }
            : { type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage, message, icon: 'Icon.postvakt.16', persistent: false };
      try {
        item.notificationMessages.replaceAsync(NOTICE_KEY, details, () => resolve());
      } catch {
        resolve();
      }
    });
}
