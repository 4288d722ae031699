/**
 * The operation table: each operation once, with its JSON op name, its binary type code
 * and its protobuf frame message. JSON and binary are two encodings of this one set.
 * Adding an operation = one entry here + its messages in shared/proto/im.proto.
 */
import protobuf from "protobufjs/minimal.js";
import { im } from "./proto/im.js";

// Encode into plain Uint8Arrays on every runtime. With nodejs_compat protobufjs would pick
// its Buffer writer, and workerd's Buffer#utf8Write rejects the (offset) call protobufjs
// makes for strings of 40+ characters ("The value of "length" is out of range").
protobuf.util.Buffer = null as never;
protobuf.configure();

/** What a generated `<Op>Frame` class offers the codec. */
export interface FrameCodec {
  encode(message: object): { finish(): Uint8Array };
  decode(bytes: Uint8Array): object;
  fromObject(object: Record<string, unknown>): object;
  toObject(message: never, options: { longs: NumberConstructor }): Record<string, unknown>;
}

const v1 = im.v1;

export const OPS = {
  auth: { code: 1, frame: v1.AuthFrame },
  auth_ok: { code: 2, frame: v1.AuthOkFrame },
  ping: { code: 3, frame: v1.PingFrame },
  pong: { code: 4, frame: v1.PongFrame },
  error: { code: 5, frame: v1.ErrorFrame },
  ok: { code: 6, frame: v1.OkFrame },
  send: { code: 10, frame: v1.SendFrame },
  ack: { code: 11, frame: v1.AckFrame },
  message: { code: 12, frame: v1.MessageFrame },
  delivered: { code: 13, frame: v1.DeliveredFrame },
  read: { code: 14, frame: v1.ReadFrame },
  conversation: { code: 15, frame: v1.ConversationFrame },
  sync: { code: 20, frame: v1.SyncFrame },
  sync_result: { code: 21, frame: v1.SyncResultFrame },
  history: { code: 22, frame: v1.HistoryFrame },
  history_result: { code: 23, frame: v1.HistoryResultFrame },
  // Conversation features (30-59)
  typing: { code: 30, frame: v1.TypingFrame },
  presence: { code: 31, frame: v1.PresenceFrame },
  presence_query: { code: 32, frame: v1.PresenceQueryFrame },
  presence_result: { code: 33, frame: v1.PresenceResultFrame },
  receipt: { code: 34, frame: v1.ReceiptFrame },
  receipts: { code: 35, frame: v1.ReceiptsFrame },
  receipts_result: { code: 36, frame: v1.ReceiptsResultFrame },
  readers: { code: 37, frame: v1.ReadersFrame },
  readers_result: { code: 38, frame: v1.ReadersResultFrame },
  edit: { code: 40, frame: v1.EditFrame },
  recall: { code: 41, frame: v1.RecallFrame },
  delete: { code: 42, frame: v1.DeleteFrame },
  deleted: { code: 43, frame: v1.DeletedFrame },
  edits: { code: 44, frame: v1.EditsFrame },
  edits_result: { code: 45, frame: v1.EditsResultFrame },
  mentions: { code: 46, frame: v1.MentionsFrame },
  mentions_result: { code: 47, frame: v1.MentionsResultFrame },
  conversation_update: { code: 48, frame: v1.ConversationUpdateFrame },
  block: { code: 50, frame: v1.BlockFrame },
  unblock: { code: 51, frame: v1.UnblockFrame },
  blocks: { code: 52, frame: v1.BlocksFrame },
  blocks_result: { code: 53, frame: v1.BlocksResultFrame },
  // Groups (60-79)
  group_create: { code: 60, frame: v1.GroupCreateFrame },
  group: { code: 61, frame: v1.GroupFrame },
  group_get: { code: 62, frame: v1.GroupGetFrame },
  group_update: { code: 63, frame: v1.GroupUpdateFrame },
  group_add: { code: 64, frame: v1.GroupAddFrame },
  group_remove: { code: 65, frame: v1.GroupRemoveFrame },
  group_member_update: { code: 66, frame: v1.GroupMemberUpdateFrame },
  group_member: { code: 67, frame: v1.GroupMemberFrame },
  group_transfer: { code: 68, frame: v1.GroupTransferFrame },
  group_join: { code: 69, frame: v1.GroupJoinFrame },
  group_dissolve: { code: 70, frame: v1.GroupDissolveFrame },
  group_members: { code: 71, frame: v1.GroupMembersFrame },
  group_members_result: { code: 72, frame: v1.GroupMembersResultFrame },
  groups: { code: 73, frame: v1.GroupsFrame },
  groups_result: { code: 74, frame: v1.GroupsResultFrame },
} as const satisfies Record<string, { code: number; frame: FrameCodec }>;

export type OpName = keyof typeof OPS;

export const OP_NAMES = Object.keys(OPS) as OpName[];

const BY_CODE = new Map<number, OpName>(OP_NAMES.map((name) => [OPS[name].code, name]));

export function opByCode(code: number): OpName | undefined {
  return BY_CODE.get(code);
}

export function isOpName(value: unknown): value is OpName {
  return typeof value === "string" && Object.hasOwn(OPS, value);
}

/** Type codes the TCP bridge handles itself (fixed by the public contract). */
export const TYPE = {
  AUTH: OPS.auth.code,
  AUTH_OK: OPS.auth_ok.code,
  PING: OPS.ping.code,
  PONG: OPS.pong.code,
  ERROR: OPS.error.code,
} as const;
