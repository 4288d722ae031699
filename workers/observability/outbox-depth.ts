/**
 * The outbox-depth gauge: each outbox reports how many messages it owes; the gauge is the
 * sum over the outboxes of this isolate, per kind. Objects that owe nothing drop out, so
 * the map holds only conversations with pending deliveries.
 */
import { METRICS } from "./catalog.js";

const depths = new Map<string, { kind: string; depth: number }>();

export function reportOutboxDepth(conversationId: string, kind: string, depth: number): void {
  const prior = depths.get(conversationId);
  if ((prior?.depth ?? 0) === depth) return;
  if (depth === 0) depths.delete(conversationId);
  else depths.set(conversationId, { kind, depth });
  let total = 0;
  for (const d of depths.values()) if (d.kind === kind) total += d.depth;
  METRICS.outboxDepth.set({ kind }, total);
}
