/**
 * Renders the generated parts of docs/protocol.md from the protocol itself: the operation
 * table, one example per operation in both encodings, and the error-code table.
 * `npm run docs:protocol` rewrites them; a test fails when the committed doc drifts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PERMISSIONS, RANK } from "../objects/group/permissions.js";
import { ERRORS } from "../shared/errors.js";
import { OPS, OP_NAMES, type OpName } from "../shared/ops.js";
import { EXAMPLES } from "../shared/protocol-examples.js";
import { encodePacket } from "../shared/wire.js";

export const DOC_PATH = join(import.meta.dirname, "..", "docs", "protocol.md");
export const GROUPS_DOC_PATH = join(import.meta.dirname, "..", "docs", "groups.md");

const frameName = (op: OpName) => (OPS[op].frame as unknown as { name: string }).name || `${op}Frame`;

function hex(bytes: Uint8Array): string {
  const h = [...bytes].map((b) => b.toString(16).padStart(2, "0"));
  const header = h.slice(0, 8).join(" ");
  const body = h.slice(8);
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += 24) lines.push(body.slice(i, i + 24).join(" "));
  return [`header: ${header}`, ...(lines.length ? lines.map((l, i) => `${i === 0 ? "body:   " : "        "}${l}`) : ["body:   (empty)"])].join("\n");
}

const ERROR_MEANING: Record<keyof typeof ERRORS, string> = {
  bad_request: "The request or payload failed validation; the message names the fields.",
  bad_json: "A text frame or HTTP body is not valid JSON (or not UTF-8).",
  too_large: "An HTTP body, an upload or a message is above its size limit.",
  uri_too_long: "The request URL is longer than 8,192 characters.",
  frame_too_large: "A frame is above the maximum frame size (default 64 KiB), on the wire or after inflating.",
  invalid_frame: "A binary frame is malformed: length below 8, length mismatch, an unknown flag bit, corrupt gzip, or a body that is not the op's protobuf message.",
  unsupported_version: "The frame header's version byte is not 1.",
  unknown_op: "The op name or type code is not one clients may send.",
  unauthorized: "Missing, invalid or revoked credentials.",
  token_expired: "The access token has expired: refresh it.",
  forbidden: "Authenticated, but not allowed (e.g. not a member of the conversation).",
  blocked: "A direct conversation between users where one has blocked the other: nothing is sent.",
  muted: "The sender is muted in this group (individually until a time, or by mute-all); nothing is stored.",
  not_found: "No such resource (user, conversation, route).",
  method_not_allowed: "The route exists but not with this HTTP method.",
  upgrade_required: "`/v1/ws` was requested without a WebSocket upgrade.",
  conflict: "The resource already exists (e.g. a taken username).",
  idempotency_mismatch: "A clientMsgId was reused for a different message.",
  group_full: "Adding these members would exceed the group size limit (`GROUP_MAX_MEMBERS`).",
  quota_exceeded: "An upload would take the user past their storage quota.",
  unsupported_media_type: "An upload's content type is not allowed, or its bytes do not match it.",
  range_not_satisfiable: "A download's `Range` lies outside the file.",
  message_rejected: "The app's before-send callback refused the message; the message gives its reason.",
  rate_limited: "Too many requests, devices or failed logins; retry after `retryAfterMs` / `Retry-After`.",
  internal: "An unexpected server error (details are logged, never sent).",
  unavailable: "A service was temporarily unavailable (overloaded, unreachable, or its circuit is open: see `retryAfterMs`); retry (sends are idempotent).",
  timeout: "A service call timed out; retry (sends are idempotent).",
};

export function renderOperations(): string {
  const byCode = [...OP_NAMES].sort((a, b) => OPS[a].code - OPS[b].code);
  const out: string[] = [];
  out.push("| type | JSON op | protobuf frame | direction | what it does |", "|---:|---|---|---|---|");
  for (const op of byCode) {
    const ex = EXAMPLES.find((e) => e.op === op)!;
    out.push(`| ${OPS[op].code} | \`${op}\` | \`im.v1.${frameName(op)}\` | ${ex.direction} | ${ex.summary} |`);
  }
  out.push("");
  for (const op of byCode) {
    for (const ex of EXAMPLES.filter((e) => e.op === op)) {
      out.push(`### \`${op}\` (type ${OPS[op].code}, \`im.v1.${frameName(op)}\`)`, "", `${ex.direction}. ${ex.summary}`, "");
      out.push("JSON text frame:", "", "```json", encodePacket(ex.packet, "json") as string, "```", "");
      out.push("Binary frame (hex):", "", "```", hex(encodePacket(ex.packet, "binary") as Uint8Array), "```", "");
    }
  }
  return out.join("\n");
}

export function renderErrors(): string {
  const out = ["| code | HTTP status / `status` | retryable | meaning |", "|---|---:|---|---|"];
  for (const [code, spec] of Object.entries(ERRORS) as Array<[keyof typeof ERRORS, { status: number; retryable: boolean }]>) {
    out.push(`| \`${code}\` | ${spec.status} | ${spec.retryable ? "yes" : "no"} | ${ERROR_MEANING[code]} |`);
  }
  return out.join("\n");
}

/** The group permission table (objects/group/permissions.ts) as a Markdown table. */
export function renderPermissions(): string {
  const roles = ["owner", "admin", "member"] as const;
  const out = ["| action | owner | admin | member | non-member |", "|---|:-:|:-:|:-:|:-:|"];
  for (const [action, rule] of Object.entries(PERMISSIONS)) {
    const cells = roles.map((role) => {
      if (RANK[role] < RANK[rule.minRole]) return "—";
      if (!rule.outranksTarget) return "yes";
      const below = roles.filter((t) => RANK[t] < RANK[role]);
      return below.length ? below.map((t) => `${t}s`).join(", ") : "—";
    });
    out.push(`| \`${action}\`: ${rule.what} | ${cells.join(" | ")} | — |`);
  }
  return out.join("\n");
}

/** The schema's messages (everything after the header comment), field numbers included. */
export function renderSchema(): string {
  const proto = readFileSync(join(import.meta.dirname, "..", "shared", "proto", "im.proto"), "utf8");
  const start = proto.indexOf("syntax =");
  return ["```proto", proto.slice(start).trimEnd(), "```"].join("\n");
}

const SECTIONS: Record<string, () => string> = { operations: renderOperations, schema: renderSchema, errors: renderErrors };
const GROUP_SECTIONS: Record<string, () => string> = { permissions: renderPermissions };

/** The doc with every generated section replaced by its fresh rendering. */
export function renderDoc(current: string, sections: Record<string, () => string> = SECTIONS): string {
  let doc = current;
  for (const [name, render] of Object.entries(sections)) {
    const begin = `<!-- BEGIN GENERATED: ${name} -->`;
    const end = `<!-- END GENERATED: ${name} -->`;
    const i = doc.indexOf(begin);
    const j = doc.indexOf(end);
    if (i < 0 || j < i) throw new Error(`the doc lacks the markers for ${name}`);
    doc = `${doc.slice(0, i + begin.length)}\n${render()}\n${doc.slice(j)}`;
  }
  return doc;
}

/** docs/groups.md with its generated sections refreshed. */
export function renderGroupsDoc(current: string): string {
  return renderDoc(current, GROUP_SECTIONS);
}

if (process.argv[1]?.endsWith("protocol-doc.ts")) {
  writeFileSync(DOC_PATH, renderDoc(readFileSync(DOC_PATH, "utf8")));
  writeFileSync(GROUPS_DOC_PATH, renderGroupsDoc(readFileSync(GROUPS_DOC_PATH, "utf8")));
  console.log("updated the generated sections of docs/protocol.md and docs/groups.md");
}
