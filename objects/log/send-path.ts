/**
 * The shared half of the send path, run by every log owner (ConversationDO now, GroupDO
 * next) after its membership check and before its append transaction:
 *
 *   1. a resend of a stored (sender, clientMsgId) passes straight through (the append
 *      answers it as a duplicate: no callback is asked twice, no file is re-checked);
 *   2. the before-send callback, if configured, may reject or replace the content;
 *   3. a referenced file is checked and recorded, and its metadata filled in.
 *
 * The output is one Result per item: an AppendInput for MessageLog.append (with `content`
 * set when it differs from what the client sent), or the item's own error.
 */
import { AppError, fail, ok, type Result } from "../../shared/errors.js";
import type { Config } from "../../workers/config.js";
import { attachFile } from "./attachments.js";
import { beforeSend, type Fetch } from "./before-send.js";
import type { AppendInput, MessageLog } from "./message-log.js";

export interface ScreenContext {
  env: Env;
  config: Config;
  log: MessageLog;
  conversationKind: "direct" | "group";
  now: number;
  /** Outgoing HTTP for the callback (tests pass their own). */
  fetch?: Fetch;
}

/** Callback requests in flight at once for one batch. */
const CONCURRENCY = 8;

/** Screens a batch; items keep their positions. Unexpected failures reject the whole call. */
export async function screenSends(c: ScreenContext, items: AppendInput[]): Promise<Array<Result<AppendInput>>> {
  const out: Array<Result<AppendInput>> = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await screenOne(c, items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return out;
}

async function screenOne(c: ScreenContext, item: AppendInput): Promise<Result<AppendInput>> {
  // Nothing to screen: the append alone deduplicates (one lookup fewer on the hot path).
  // A recall carries no content of its own.
  if (item.message.type === "recall" || (!c.config.beforeSend && !(item.content ?? item.message.content).file)) return ok(item);
  try {
    if (c.log.findDuplicate(item.senderId, item.message)) return ok(item);
    let content = item.content ?? item.message.content;
    if (c.config.beforeSend) {
      const verdict = await beforeSend(
        c.config.beforeSend,
        {
          conversationId: c.log.conversationId,
          conversationKind: c.conversationKind,
          senderId: item.senderId,
          ...(item.senderDevice ? { senderDevice: item.senderDevice } : {}),
          message: { ...item.message, content },
        },
        c.fetch,
      );
      if (verdict.action === "reject") return fail("message_rejected", verdict.reason);
      if (verdict.action === "replace") content = verdict.content;
    }
    content = await attachFile(c.env, c.log.conversationId, item.senderId, item.message.type, content, c.now);
    return ok(content === item.message.content ? item : { ...item, content });
  } catch (err) {
    if (err instanceof AppError) return fail(err.code, err.message);
    throw err;
  }
}
