/**
 * The conversation a gateway request names, reached through the conversation service as
 * the caller (membership is checked by the service), and the one-entry append every HTTP
 * route that writes to a conversation shares.
 */
import { unwrap } from "../../shared/errors.js";
import type { SendItem } from "../../objects/conversation/api.js";
import { conversationService, resolveConversation } from "../../objects/conversations.js";
import { json } from "./respond.js";

export function conversationFor(env: Env, userId: string, conversationId: string, traceId: string) {
  return conversationService(env, resolveConversation(userId, { conversationId }), { source: "gateway", traceId });
}

/** Appends one entry over HTTP: 201 stored, 200 a resend of a stored one. */
export async function appendOne(env: Env, conversationId: string, item: SendItem, userId: string, traceId: string): Promise<Response> {
  const [result] = unwrap(await conversationFor(env, userId, conversationId, traceId).send([item]));
  const ack = unwrap(result!);
  return json(ack, ack.duplicate ? 200 : 201);
}
