/**
 * The before-send callback: a synchronous call to the app's backend before a message is
 * stored, for moderation. The backend answers `allow`, `reject` (with a reason the sender
 * sees) or `replace` (new content, stored and delivered instead). It has a timeout; when
 * it fails (timeout, network error, non-2xx, unreadable answer) the configured policy
 * decides: fail-open stores the message unchanged, fail-closed refuses it as `unavailable`
 * (retryable: the client resends with the same clientMsgId).
 *
 * The request is signed like every webhook (shared/signature.ts). Called from the shared
 * send path (./send-path.ts), so every log owner screens messages the same way.
 */
import { z } from "zod";
import { AppError } from "../../shared/errors.js";
import { log } from "../../shared/log.js";
import { ContentSchema, OutgoingMessageSchema, type Content } from "../../shared/protocol.js";
import { SIGNATURE_HEADER, signBody } from "../../shared/signature.js";
import type { Config } from "../../workers/config.js";
import type { EntryInput } from "./message-log.js";

export type BeforeSendConfig = NonNullable<Config["beforeSend"]>;

export interface BeforeSendInput {
  conversationId: string;
  conversationKind: "direct" | "group";
  senderId: string;
  senderDevice?: string;
  /** The message, or an edit (`type: "edit"`, `targetId`) whose new content is screened too. */
  message: EntryInput;
}

export type Verdict = { action: "allow" } | { action: "reject"; reason: string } | { action: "replace"; content: Content };

const Answer = z.discriminatedUnion("action", [
  z.object({ action: z.literal("allow") }),
  z.object({ action: z.literal("reject"), reason: z.string().max(200).optional() }),
  z.object({ action: z.literal("replace"), content: ContentSchema }),
]);

export type Fetch = (request: Request) => Promise<Response>;

/** Asks the callback about one message. Throws `unavailable` when it fails and the policy is fail-closed. */
export async function beforeSend(config: BeforeSendConfig, input: BeforeSendInput, fetchFn: Fetch = (r) => fetch(r)): Promise<Verdict> {
  const body = JSON.stringify({ event: "message.before_send", ...input });
  let failure: string;
  try {
    const response = await fetchFn(
      new Request(config.url, {
        method: "POST",
        headers: { "content-type": "application/json", [SIGNATURE_HEADER]: await signBody(config.secret, body) },
        body,
        signal: AbortSignal.timeout(config.timeoutMs),
      }),
    );
    const text = await response.text();
    if (response.ok) {
      if (response.status === 204 || text.trim() === "") return { action: "allow" };
      const answer = Answer.safeParse(safeJson(text));
      if (answer.success) {
        const a = answer.data;
        if (a.action === "allow") return a;
        if (a.action === "reject") return { action: "reject", reason: a.reason || "rejected by policy" };
        // The replacement must still be a valid message of the same type (for an edit, valid
        // content: the edited message's type is checked when the edit is appended).
        const valid = input.message.type === "edit" ? ContentSchema.safeParse(a.content).success : OutgoingMessageSchema.safeParse({ ...input.message, content: a.content }).success;
        if (valid) return a;
        failure = `replacement content is not valid for a ${input.message.type} message`;
      } else {
        failure = "unreadable answer";
      }
    } else {
      failure = `status ${response.status}`;
    }
  } catch (err) {
    failure = err instanceof Error && err.name === "TimeoutError" ? `timed out after ${config.timeoutMs} ms` : `request failed: ${String(err)}`;
  }
  log.warn("before_send.failed", { conversationId: input.conversationId, failure, policy: config.failure });
  if (config.failure === "open") return { action: "allow" };
  throw new AppError("unavailable", "message screening is unavailable, retry later");
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
