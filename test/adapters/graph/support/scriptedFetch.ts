// A scripted terminal for unit tests: answers Graph requests from a handler and records them.

export interface SeenRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string | null;
  bodyBytes: number;
}

export type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

export function scriptedFetch(handler: (req: SeenRequest) => Reply | Promise<Reply>): {
  fetchImpl: typeof fetch;
  seen: SeenRequest[];
  maxOpen: () => number;
} {
  const seen: SeenRequest[] = [];
  let open = 0;
  let max = 0;
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const raw = init?.body;
    let body: string | null = null;
    let bodyBytes = 0;
    if (typeof raw === 'string') {
      body = raw;
      bodyBytes = Buffer.byteLength(raw);
    } else if (raw instanceof Blob) {
      bodyBytes = raw.size;
    }
    const req: SeenRequest = { method: init?.method ?? 'GET', url, headers: new Headers(init?.headers), body, bodyBytes };
    seen.push(req);
    const weight = url.pathname.endsWith('/$batch') && body ? Math.min(4, (JSON.parse(body).requests as unknown[]).length) : 1;
    open += weight;
    max = Math.max(max, open);
    try {
      await new Promise((r) => setTimeout(r, 2));
      const reply = await handler(req);
      const text = reply.body === undefined ? null : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      const headers = { ...(text !== null && typeof reply.body !== 'string' ? { 'content-type': 'application/json' } : {}), ...reply.headers };
      return new Response(reply.status === 204 ? null : text, { status: reply.status, headers });
    } finally {
      open -= weight;
    }
  }) as typeof fetch;
  return { fetchImpl, seen, maxOpen: () => max };
}

export const graphErrorBody = (code: string, message = code) => ({ error: { code, message } });
