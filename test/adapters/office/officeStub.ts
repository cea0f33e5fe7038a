// A small Outlook stand-in: just the parts of Office.js the adapters touch, recorded for assertions.

export interface StubOptions {
  hostName?: string;
  sets?: Record<string, string>;
  item?: Record<string, unknown> | null;
}

export interface OfficeStub {
  converted: string[];
  handlers: Map<string, () => void>;
  closed: number;
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

export function installOffice(options: StubOptions = {}): OfficeStub {
  const stub: OfficeStub = { converted: [], handlers: new Map(), closed: 0 };
  const sets = options.sets ?? { Mailbox: '1.13' };
  (globalThis as { Office?: unknown }).Office = {
    CoercionType: { Text: 'text' },
    EventType: { ItemChanged: 'olkItemSelectedChanged', DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    MailboxEnums: { RestVersion: { v2_0: 'v2.0' } },
    context: {
      requirements: { isSetSupported: (name: string, version: string) => Boolean(sets[name] && versionAtLeast(sets[name]!, version)) },
      ui: { closeContainer: () => void (stub.closed += 1) },
      mailbox: {
        item: options.item === undefined ? null : options.item,
        diagnostics: { hostName: options.hostName ?? 'OutlookWebApp' },
        convertToRestId: (id: string) => {
          stub.converted.push(id);
          return id.replace(/\//g, '-').replace(/\+/g, '_');
        },
        addHandlerAsync: (type: string, handler: () => void) => void stub.handlers.set(type, handler),
        removeHandlerAsync: (type: string) => void stub.handlers.delete(type),
      },
    },
  };
  return stub;
}

export function removeOffice(): void {
  delete (globalThis as { Office?: unknown }).Office;
}

export const succeed = <T,>(value: T) => (cb: (r: unknown) => void) => cb({ status: 'succeeded', value });
export const fail = (code: number, name: string) => (cb: (r: unknown) => void) => cb({ status: 'failed', value: undefined, error: { code, name, message: 'secret detail' } });
