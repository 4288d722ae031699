/**
 * The route table: every inter-service operation once, mapping a message type (name and
 * numeric code, the envelope's `message_type`) to the service and method that handle it,
 * with its timeout and retry policy. Adding an operation = one entry here plus the method
 * on the target object (the types below refuse an entry whose method does not exist or
 * does not return a Result).
 *
 * Retries are allowed only where a repeat cannot duplicate an effect; `idempotency` says
 * why. Routes marked "envelope" are deduplicated by the receiver on the envelope's
 * message id (workers/router/inbox.ts), which a retry reuses.
 */
import type { Result } from "../../shared/errors.js";
import type { ConversationDO } from "../../objects/conversation.js";
import type { GroupDO } from "../../objects/group.js";
import type { GroupShardDO } from "../../objects/group-shard.js";
import type { UserDO } from "../../objects/user.js";
import type { ServiceName } from "./registry.js";

/** The RPC surface of each service. */
export interface ServiceApis {
  user: UserDO;
  conversation: ConversationDO;
  group: GroupDO;
  groupShard: GroupShardDO;
}

// Methods of a service that return a Result (the only ones a route may name).
type AnyFn = (...args: never[]) => unknown;
export type ResultMethod<S extends ServiceName> = {
  [K in keyof ServiceApis[S]]: ServiceApis[S][K] extends AnyFn ? (Awaited<ReturnType<ServiceApis[S][K]>> extends Result<unknown> ? K : never) : never;
}[keyof ServiceApis[S]] &
  string;

export interface RouteSpec<S extends ServiceName = ServiceName, M extends string = string> {
  /** The envelope's message_type: 1000 and up, unique. */
  code: number;
  service: S;
  method: M;
  /** Per attempt: 200 ms to 5 s (default 500 ms). */
  timeoutMs: number;
  /** Retry retryable platform errors (never `overloaded`). Only for idempotent operations. */
  retry: boolean;
  /** Why a repeat is harmless: "read-only", a natural key, or "envelope" (receiver dedup). */
  idempotency: string;
}

export const DEFAULT_TIMEOUT_MS = 500;
export const MIN_TIMEOUT_MS = 200;
export const MAX_TIMEOUT_MS = 5_000;

function route<S extends ServiceName, M extends ResultMethod<S>>(spec: Omit<RouteSpec<S, M>, "timeoutMs"> & { timeoutMs?: number }): RouteSpec<S, M> {
  const timeoutMs = spec.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (timeoutMs < MIN_TIMEOUT_MS || timeoutMs > MAX_TIMEOUT_MS) throw new Error(`route ${spec.method}: timeout ${timeoutMs} ms is outside 200 ms-5 s`);
  return { ...spec, timeoutMs };
}

export const ROUTES = {
  // Chat service (ConversationDO): 1000-1099.
  "conversation.send": route({
    code: 1001,
    service: "conversation",
    method: "send",
    // A cold object checks both users in D1 before its first append.
    timeoutMs: 3_000,
    retry: true,
    idempotency: "(senderId, clientMsgId) is unique in the log: a repeat returns the stored ack",
  }),
  "conversation.history": route({ code: 1002, service: "conversation", method: "history", timeoutMs: 2_000, retry: true, idempotency: "read-only" }),
  "conversation.trace": route({ code: 1003, service: "conversation", method: "traceMessage", timeoutMs: 2_000, retry: true, idempotency: "read-only" }),
  "conversation.receipt": route({ code: 1004, service: "conversation", method: "receipt", timeoutMs: 2_000, retry: true, idempotency: "positions only move forward (a repeat keeps the maximum)" }),
  "conversation.receipts": route({ code: 1005, service: "conversation", method: "receipts", timeoutMs: 2_000, retry: true, idempotency: "read-only" }),
  "conversation.readers": route({ code: 1006, service: "conversation", method: "readers", timeoutMs: 2_000, retry: true, idempotency: "read-only" }),
  "conversation.edits": route({ code: 1007, service: "conversation", method: "edits", timeoutMs: 2_000, retry: true, idempotency: "read-only" }),
  "conversation.hide": route({ code: 1008, service: "conversation", method: "hide", timeoutMs: 2_000, retry: true, idempotency: "hiding a hidden message is a no-op" }),
  "conversation.setBlock": route({ code: 1009, service: "conversation", method: "setBlock", timeoutMs: 3_000, retry: true, idempotency: "setting a block to the state it has is a no-op" }),

  // Session service (UserDO): 1100-1199.
  "user.deliver": route({
    code: 1101,
    service: "user",
    method: "deliver",
    // The outbox retries from its alarm after this; a slow recipient must not be cut short.
    timeoutMs: 5_000,
    retry: true,
    idempotency: "the recipient drops messages at or below its last seq for the conversation",
  }),
  "user.listConversations": route({ code: 1102, service: "user", method: "listConversations", timeoutMs: 1_000, retry: true, idempotency: "read-only" }),
  "user.closeSession": route({ code: 1103, service: "user", method: "closeSession", timeoutMs: 1_000, retry: true, idempotency: "closing closed sockets is a no-op" }),
  "user.closeAll": route({ code: 1104, service: "user", method: "closeAll", timeoutMs: 1_000, retry: true, idempotency: "closing closed sockets is a no-op" }),
  "user.devices": route({ code: 1105, service: "user", method: "devices", timeoutMs: 1_000, retry: true, idempotency: "read-only" }),
  "user.trace": route({ code: 1106, service: "user", method: "traceMessage", timeoutMs: 1_000, retry: true, idempotency: "read-only" }),
  "user.consumeQuota": route({ code: 1107, service: "user", method: "consumeQuota", timeoutMs: 1_000, retry: true, idempotency: "envelope" }),
  "user.ping": route({ code: 1108, service: "user", method: "ping", timeoutMs: 1_000, retry: true, idempotency: "read-only" }),
  "user.notificationContext": route({ code: 1109, service: "user", method: "notificationContext", timeoutMs: 1_000, retry: true, idempotency: "read-only" }),
  "user.peerReceipt": route({ code: 1110, service: "user", method: "peerReceipt", timeoutMs: 2_000, retry: true, idempotency: "the receiver keeps the maximum position" }),
  // Typing and presence pushes are ephemeral: a lost one is corrected by the next.
  "user.signal": route({ code: 1111, service: "user", method: "signal", timeoutMs: 1_000, retry: false, idempotency: "" }),
  "user.presence": route({ code: 1112, service: "user", method: "presence", timeoutMs: 1_000, retry: true, idempotency: "read-only" }),
  "user.markRead": route({ code: 1113, service: "user", method: "markRead", timeoutMs: 3_000, retry: true, idempotency: "read positions only move forward" }),
  "user.updateConversation": route({ code: 1114, service: "user", method: "updateConversation", timeoutMs: 1_000, retry: true, idempotency: "setting the same flags twice changes nothing" }),
  "user.deleteForMe": route({ code: 1115, service: "user", method: "deleteForMe", timeoutMs: 3_000, retry: true, idempotency: "hiding a hidden message is a no-op" }),
  "user.block": route({ code: 1116, service: "user", method: "block", timeoutMs: 4_000, retry: true, idempotency: "blocking a blocked user is a no-op" }),
  "user.unblock": route({ code: 1117, service: "user", method: "unblock", timeoutMs: 4_000, retry: true, idempotency: "envelope" }),
  "user.listBlocks": route({ code: 1118, service: "user", method: "listBlocks", timeoutMs: 1_000, retry: true, idempotency: "read-only" }),
  "user.listMentions": route({ code: 1119, service: "user", method: "listMentions", timeoutMs: 1_000, retry: true, idempotency: "read-only" }),

  // Group service (GroupDO): 1200-1299. Commands wait for the D1 index before answering.
  "group.create": route({ code: 1201, service: "group", method: "create", timeoutMs: 5_000, retry: true, idempotency: "the caller picks the group id: a repeat by the same owner returns the group" }),
  "group.info": route({ code: 1202, service: "group", method: "info", timeoutMs: 2_000, retry: true, idempotency: "read-only" }),
  "group.members": route({ code: 1203, service: "group", method: "members", timeoutMs: 2_000, retry: true, idempotency: "read-only" }),
  "group.addMembers": route({ code: 1204, service: "group", method: "addMembers", timeoutMs: 5_000, retry: true, idempotency: "existing members are skipped" }),
  "group.join": route({ code: 1205, service: "group", method: "join", timeoutMs: 5_000, retry: true, idempotency: "joining as a member returns the group" }),
  "group.removeMember": route({ code: 1206, service: "group", method: "removeMember", timeoutMs: 5_000, retry: true, idempotency: "envelope" }),
  "group.updateSettings": route({ code: 1207, service: "group", method: "updateSettings", timeoutMs: 5_000, retry: true, idempotency: "setting the same values twice changes nothing" }),
  "group.updateMember": route({ code: 1208, service: "group", method: "updateMember", timeoutMs: 5_000, retry: true, idempotency: "envelope" }),
  "group.transfer": route({ code: 1209, service: "group", method: "transfer", timeoutMs: 5_000, retry: true, idempotency: "envelope" }),
  "group.dissolve": route({ code: 1210, service: "group", method: "dissolve", timeoutMs: 5_000, retry: true, idempotency: "envelope" }),
  "group.send": route({ code: 1211, service: "group", method: "send", timeoutMs: 3_000, retry: true, idempotency: "(senderId, clientMsgId) is unique in the log: a repeat returns the stored ack" }),
  "group.history": route({ code: 1212, service: "group", method: "history", timeoutMs: 2_000, retry: true, idempotency: "read-only" }),
  "group.receipt": route({ code: 1213, service: "group", method: "receipt", timeoutMs: 2_000, retry: true, idempotency: "positions only move forward (a repeat keeps the maximum)" }),
  "group.receipts": route({ code: 1214, service: "group", method: "receipts", timeoutMs: 2_000, retry: true, idempotency: "read-only" }),
  "group.readers": route({ code: 1215, service: "group", method: "readers", timeoutMs: 2_000, retry: true, idempotency: "read-only" }),
  "group.edits": route({ code: 1216, service: "group", method: "edits", timeoutMs: 2_000, retry: true, idempotency: "read-only" }),
  "group.hide": route({ code: 1217, service: "group", method: "hide", timeoutMs: 2_000, retry: true, idempotency: "hiding a hidden message is a no-op" }),
  "group.typing": route({ code: 1218, service: "group", method: "typing", timeoutMs: 1_000, retry: false, idempotency: "" }),
  "group.presence": route({ code: 1219, service: "group", method: "presence", timeoutMs: 1_000, retry: false, idempotency: "" }),
  "group.isMember": route({ code: 1220, service: "group", method: "isMember", timeoutMs: 1_000, retry: true, idempotency: "read-only" }),

  // Group fan-out shards (GroupShardDO): 1300-1399.
  "groupShard.accept": route({
    code: 1301,
    service: "groupShard",
    method: "accept",
    // The group's outbox retries from its alarm after this.
    timeoutMs: 5_000,
    retry: true,
    idempotency: "the shard skips entries it already holds",
  }),
} as const;

/**
 * The one call that is not an RPC: handing an authenticated WebSocket to the user's object
 * is an HTTP upgrade (`stub.fetch`). It still carries the envelope (in the
 * `x-im-envelope` header) and goes through the breaker, timeout and metrics; it is never
 * retried (the socket pair cannot be offered twice).
 */
export const CONNECT_ROUTE = { name: "user.connect", code: 1100, service: "user", timeoutMs: 5_000 } as const;

export type RouteName = keyof typeof ROUTES;

type SpecOf<R extends RouteName> = (typeof ROUTES)[R];
type MethodOf<R extends RouteName> = ServiceApis[SpecOf<R>["service"]][SpecOf<R>["method"] & keyof ServiceApis[SpecOf<R>["service"]]];

/** The arguments of a route's method. */
export type RouteArgs<R extends RouteName> = MethodOf<R> extends (...args: infer A) => unknown ? A : never;

/** The success value of a route's method. */
export type RouteValue<R extends RouteName> = MethodOf<R> extends (...args: never[]) => Promise<Result<infer T>> ? T : never;

const BY_CODE = new Map<number, { name: RouteName; spec: RouteSpec }>();
const RESERVED = new Set<number>([CONNECT_ROUTE.code]);
for (const [name, spec] of Object.entries(ROUTES) as Array<[RouteName, RouteSpec]>) {
  if (spec.code < 1000) throw new Error(`route ${name}: codes start at 1000`);
  if (BY_CODE.has(spec.code) || RESERVED.has(spec.code)) throw new Error(`route ${name}: code ${spec.code} is already used`);
  if (spec.retry && !spec.idempotency) throw new Error(`route ${name}: a retried route must say why it is idempotent`);
  BY_CODE.set(spec.code, { name, spec });
}

export function routeByCode(code: number): { name: RouteName; spec: RouteSpec } | undefined {
  return BY_CODE.get(code);
}
