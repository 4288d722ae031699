/**
 * The history the chaos workload records (one JSON object per line) and the checker
 * reads. Every record carries `t`: milliseconds on the harness's monotonic clock, so
 * "invoked after the join completed" is a real-time order across all clients.
 */

/** A message as a client saw it (push or history page) or as the server log holds it. */
export interface SeenMessage {
  seq: number;
  msgId: string;
  sender: string;
  cmid: string;
  /** The text content, to catch corruption (phantom or altered content). */
  text?: string;
  /** A server-authored entry (a group's membership change), not sent by any client. */
  system?: true;
  /** Who made the change a system entry records (it counts as their own message). */
  actor?: string;
  /** Who a system entry brought into the group: it starts their read position (docs/groups.md). */
  joined?: string[];
}

/** The membership entries that bring users in (their read position starts at the entry). */
const JOIN_KINDS = new Set(["group_created", "members_added", "member_joined"]);

/** A message as a client or the log reader saw it (any wire shape with these fields). */
export interface SeenWire {
  seq: number;
  messageId: string;
  senderId: string;
  clientMsgId: string;
  type?: string;
  content?: { text?: string };
  system?: { actorId?: string; kind?: string; userIds?: string[] };
}

export function seenMessage(m: SeenWire): SeenMessage {
  const joined = m.type === "system" && m.system?.kind && JOIN_KINDS.has(m.system.kind) ? (m.system.userIds ?? []) : [];
  return {
    seq: m.seq,
    msgId: m.messageId,
    sender: m.senderId,
    cmid: m.clientMsgId,
    ...(m.content?.text !== undefined ? { text: m.content.text } : {}),
    ...(m.type === "system" ? { system: true as const, ...(m.system?.actorId ? { actor: m.system.actorId } : {}), ...(joined.length ? { joined } : {}) } : {}),
  };
}

export type Transport = "ws-json" | "ws-binary" | "tcp" | "http";

export type HistoryRecord =
  /** A client (one device of one user) opened a connection. */
  | { t: number; type: "connect"; client: string; user: string; conn: string; transport: Transport }
  | { t: number; type: "disconnect"; client: string; conn: string; reason: string }
  /** A send attempt; `attempt` > 1 is a resend of the same clientMsgId. */
  | { t: number; type: "invoke"; client: string; user: string; conn: string; conv: string; cmid: string; text: string; attempt: number; via: Transport }
  | { t: number; type: "ack"; client: string; conn: string; conv: string; cmid: string; seq: number; msgId: string; duplicate: boolean; attempt: number }
  /** A send attempt that failed with a code, or whose outcome is unknown (`code: "lost"`). */
  | { t: number; type: "send_fail"; client: string; conn: string; conv: string; cmid: string; code: string; attempt: number }
  | { t: number; type: "push"; client: string; conn: string; conv: string; msg: SeenMessage }
  | { t: number; type: "history"; client: string; conn: string; conv: string; afterSeq: number; messages: SeenMessage[]; lastSeq: number }
  | { t: number; type: "read"; client: string; user: string; conv: string; seq: number; outcome: "ok" | "error" | "lost" }
  /** Membership changes of a group (`t0` invoked, `t1` completed). Direct conversations have none. */
  | { t: number; type: "join" | "leave"; conv: string; user: string; t0: number; t1: number }
  | { t: number; type: "fault"; kind: string; detail: string }
  /** A client finished its final catch-up: from here its received set must be complete. */
  | { t: number; type: "final"; client: string; user: string }
  /** The conversation's members (users) from the start, for conversations without join records. */
  | { t: number; type: "conversation"; conv: string; kind: "direct" | "group"; members: string[] }
  /** The server's log of a conversation, read page by page at the end. */
  | { t: number; type: "server_log"; conv: string; messages: SeenMessage[] }
  /** A user's conversation index at the end (GET /v1/conversations). */
  | { t: number; type: "index"; user: string; conv: string; lastSeq: number; readSeq: number; unread: number };

export type RecordType = HistoryRecord["type"];

/** Parses JSONL text into records (blank lines ignored). */
export function parseHistory(jsonl: string): HistoryRecord[] {
  return jsonl
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as HistoryRecord);
}

export function toJsonl(records: HistoryRecord[]): string {
  return records.map((r) => JSON.stringify(r)).join("\n") + "\n";
}
