/**
 * Server-to-client payloads into the exact shapes of shared/protocol.ts. JSON frames
 * arrive complete; binary frames decoded by shared/wire.ts omit protobuf default values
 * (0, "", false, empty lists), so a binary `conversation` push with nothing unread has no
 * `unread` field. This restores them, so an app sees one shape whatever the encoding.
 * Returns undefined for a payload missing what makes it usable (reported as bad_response).
 */
import type { AuthOk, ConversationState, Content, ErrorPayload, HistoryResult, Message, Presence, Receipt, SendAck, SyncResult, SystemEvent } from "../../shared/protocol.js";

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === "string" ? v : "");
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);
const bool = (v: unknown): boolean => v === true;
/** The items of a list field that `parse` accepts; a missing list (binary default) is empty. */
const listOf = <T>(v: unknown, parse: (x: unknown) => T | undefined): T[] => (Array.isArray(v) ? v.map(parse).filter((x): x is T => x !== undefined) : []);

function content(v: unknown): Content {
  if (!isObj(v)) return {};
  const out: Content = {};
  if (typeof v["text"] === "string" && v["text"] !== "") out.text = v["text"];
  if (typeof v["data"] === "string" && v["data"] !== "") out.data = v["data"];
  const f = v["file"];
  if (isObj(f) && typeof f["id"] === "string" && f["id"]) {
    const file: NonNullable<Content["file"]> = { id: f["id"] };
    if (str(f["name"])) file.name = str(f["name"]);
    if (str(f["mime"])) file.mime = str(f["mime"]);
    if (typeof f["size"] === "number") file.size = f["size"];
    if (num(f["width"])) file.width = num(f["width"]);
    if (num(f["height"])) file.height = num(f["height"]);
    out.file = file;
  }
  return out;
}

export function message(v: unknown): Message | undefined {
  if (!isObj(v)) return undefined;
  const m: Message = {
    messageId: str(v["messageId"]),
    conversationId: str(v["conversationId"]),
    seq: num(v["seq"]),
    senderId: str(v["senderId"]),
    clientMsgId: str(v["clientMsgId"]),
    type: str(v["type"]) || "text",
    content: content(v["content"]),
    ts: num(v["ts"]),
  };
  if (!m.messageId || !m.conversationId || m.seq < 1 || !m.senderId) return undefined;
  if (str(v["replyTo"])) m.replyTo = str(v["replyTo"]);
  if (Array.isArray(v["mentions"]) && v["mentions"].length > 0) m.mentions = v["mentions"].filter((x): x is string => typeof x === "string");
  if (num(v["editedAt"])) m.editedAt = num(v["editedAt"]);
  if (bool(v["recalled"])) m.recalled = true;
  // Edit and recall entries name the message they change; group events carry `system`.
  if (str(v["targetId"])) m.targetId = str(v["targetId"]);
  if (bool(v["mentionAll"])) m.mentionAll = true;
  if (bool(v["deleted"])) m.deleted = true;
  if (isObj(v["system"]) && str(v["system"]["kind"])) m.system = v["system"] as unknown as SystemEvent;
  return m;
}

export function ack(v: unknown): SendAck | undefined {
  if (!isObj(v)) return undefined;
  const a: SendAck = {
    messageId: str(v["messageId"]),
    conversationId: str(v["conversationId"]),
    seq: num(v["seq"]),
    ts: num(v["ts"]),
    clientMsgId: str(v["clientMsgId"]),
  };
  if (!a.messageId || !a.conversationId || a.seq < 1) return undefined;
  if (bool(v["duplicate"])) a.duplicate = true;
  return a;
}

export function conversation(v: unknown): ConversationState | undefined {
  if (!isObj(v) || !str(v["conversationId"])) return undefined;
  const lastSeq = num(v["lastSeq"]);
  const readSeq = num(v["readSeq"]);
  const c: ConversationState = {
    conversationId: str(v["conversationId"]),
    kind: v["kind"] === "group" ? "group" : "direct",
    lastSeq,
    readSeq,
    // Always sent; absent only as a binary zero (edits and group events never count, so it
    // is not always lastSeq - readSeq).
    unread: num(v["unread"]),
    deliveredSeq: num(v["deliveredSeq"]),
    updatedAt: num(v["updatedAt"]),
  };
  if (str(v["peerId"])) c.peerId = str(v["peerId"]);
  if (bool(v["pinned"])) c.pinned = true;
  if (bool(v["muted"])) c.muted = true;
  if (num(v["peerReadSeq"])) c.peerReadSeq = num(v["peerReadSeq"]);
  if (num(v["peerDeliveredSeq"])) c.peerDeliveredSeq = num(v["peerDeliveredSeq"]);
  if (num(v["unreadMentions"])) c.unreadMentions = num(v["unreadMentions"]);
  const last = message(v["lastMessage"]);
  if (last) c.lastMessage = last;
  return c;
}

/** A `typing` push: who is typing where; `stop` ends it early. */
export function typing(v: unknown): { conversationId: string; userId: string; stop: boolean; ttlMs: number } | undefined {
  if (!isObj(v) || !str(v["conversationId"]) || !str(v["userId"])) return undefined;
  return { conversationId: str(v["conversationId"]), userId: str(v["userId"]), stop: bool(v["stop"]), ttlMs: num(v["ttlMs"]) };
}

export function presence(v: unknown): Presence | undefined {
  if (!isObj(v) || !str(v["userId"])) return undefined;
  return { userId: str(v["userId"]), online: bool(v["online"]), lastSeen: num(v["lastSeen"]) };
}

/** A 1:1 peer's read / delivered position. */
export function receipt(v: unknown): Receipt | undefined {
  if (!isObj(v) || !str(v["conversationId"]) || !str(v["userId"])) return undefined;
  return { conversationId: str(v["conversationId"]), userId: str(v["userId"]), readSeq: num(v["readSeq"]), deliveredSeq: num(v["deliveredSeq"]) };
}

export function syncResult(v: unknown): SyncResult | undefined {
  if (!isObj(v) || !str(v["token"])) return undefined;
  return {
    token: str(v["token"]),
    conversations: listOf(v["conversations"], conversation),
    reset: bool(v["reset"]),
    hasMore: bool(v["hasMore"]),
  };
}

export function historyResult(v: unknown): HistoryResult | undefined {
  if (!isObj(v) || !str(v["conversationId"])) return undefined;
  return {
    conversationId: str(v["conversationId"]),
    messages: listOf(v["messages"], message),
    hasMore: bool(v["hasMore"]),
    lastSeq: num(v["lastSeq"]),
  };
}

export function authOk(v: unknown): AuthOk | undefined {
  if (!isObj(v) || !str(v["userId"])) return undefined;
  return {
    userId: str(v["userId"]),
    deviceId: str(v["deviceId"]),
    sessionId: str(v["sessionId"]),
    serverTime: num(v["serverTime"]),
    heartbeatMs: num(v["heartbeatMs"]),
    maxFrameBytes: num(v["maxFrameBytes"]),
  };
}

export function errorPayload(v: unknown): Partial<ErrorPayload> {
  if (!isObj(v)) return {};
  const e: Partial<ErrorPayload> = { code: str(v["code"]), message: str(v["message"]), status: num(v["status"]), retryable: bool(v["retryable"]) };
  if (num(v["retryAfterMs"])) e.retryAfterMs = num(v["retryAfterMs"]);
  return e;
}
