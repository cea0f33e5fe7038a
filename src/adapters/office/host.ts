// Which Outlook client runs us: mobile clients (iOS/Android) differ in ids, requirement sets and layout.

/** Values of Office.context.mailbox.diagnostics.hostName on the mobile apps. */
const MOBILE_HOSTS = new Set(['OutlookIOS', 'OutlookAndroid']);

export function hostName(): string | null {
  try {
    return Office.context.mailbox.diagnostics.hostName ?? null;
  } catch {
    return null;
  }
}

/** Outlook on iOS/Android: item ids are already REST ids and the task pane is full screen. */
export function isMobileHost(name: string | null = hostName()): boolean {
  return name !== null && MOBILE_HOSTS.has(name);
}

/** True when the requirement set is supported; false outside Office or on old clients. */
export function supports(set: string, version: string): boolean {
  try {
    return Boolean(Office.context.requirements.isSetSupported(set, version));
  } catch {
    return false;
  }
}

/** On a phone or iPad the task pane covers the message: close it once an action is done. */
export function closeContainerIfMobile(name: string | null = hostName()): boolean {
  if (!isMobileHost(name)) return false;
  try {
    Office.context.ui.closeContainer();
    return true;
  } catch {
    return false;
  }
}
