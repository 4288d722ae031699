/**
 * One signed HTTP POST to an app backend (after-event webhooks, the push webhook): JSON
 * body, `X-IMServer-Signature` over timestamp and body, an `Idempotency-Key` the receiver
 * deduplicates on (the same across retries and replays), and a timeout. 2xx is success;
 * anything else, a timeout or a network error is a failure with a reason to retry on.
 */
import { SIGNATURE_HEADER, signBody } from "../../shared/signature.js";

export type Fetch = (request: Request) => Promise<Response>;

export interface SignedPost {
  url: string;
  secret: string;
  body: string;
  idempotencyKey: string;
  headers?: Record<string, string>;
  timeoutMs: number;
}

export type PostOutcome = { ok: true; status: number } | { ok: false; reason: string; status?: number };

export async function postSigned(p: SignedPost, fetchFn: Fetch = (r) => fetch(r)): Promise<PostOutcome> {
  try {
    const response = await fetchFn(
      new Request(p.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "IMServer-Webhook/1",
          "idempotency-key": p.idempotencyKey,
          [SIGNATURE_HEADER]: await signBody(p.secret, p.body),
          ...p.headers,
        },
        body: p.body,
        signal: AbortSignal.timeout(p.timeoutMs),
        redirect: "manual",
      }),
    );
    // Drain the body so the connection is released; its content does not matter.
    await response.body?.cancel().catch(() => {});
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
    return { ok: false, status: response.status, reason: `receiver answered HTTP ${response.status}` };
  } catch (err) {
    const timeout = err instanceof Error && err.name === "TimeoutError";
    return { ok: false, reason: timeout ? `receiver did not answer within ${p.timeoutMs} ms` : `request failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}
