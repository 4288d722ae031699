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
