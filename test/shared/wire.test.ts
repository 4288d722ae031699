import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../../shared/errors.js";
import { encodeFrame } from "../../shared/frame.js";
import { OP_NAMES, OPS, opByCode } from "../../shared/ops.js";
import { EXAMPLES } from "../../shared/protocol-examples.js";
import { INBOUND } from "../../shared/protocol.js";
import { decodeBinary, decodeJson, encodePacket, errorPacket } from "../../shared/wire.js";

const limits = { maxFrameBytes: 65536 };

/** proto3 equality: a field at its zero value (0, false, "", []) is the same as an absent one. */
function withoutDefaults(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDefaults);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === 0 || v === false || v === "" || (Array.isArray(v) && v.length === 0)) continue;
      if (v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0) continue;
      out[k] = withoutDefaults(v);
    }
    return out;
  }
  return value;
}

describe("op table", () => {
  it("gives every op a distinct code that maps back to it", () => {
    const codes = OP_NAMES.map((n) => OPS[n].code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const name of OP_NAMES) expect(opByCode(OPS[name].code)).toBe(name);
  });

  it("keeps the codes fixed by the public contract", () => {
    expect([OPS.auth.code, OPS.ping.code, OPS.pong.code, OPS.error.code]).toEqual([1, 3, 4, 5]);
  });

  it("keeps conversation features in 30-59 and groups in 60-79", () => {
    for (const name of OP_NAMES) {
      const code = OPS[name].code;
      if (name.startsWith("group")) expect(code, name).toBeGreaterThanOrEqual(60);
      if (code >= 30) expect(code, name).toBeLessThan(name.startsWith("group") ? 80 : 60);
    }
  });

  it("has client examples that pass their own validation, in both encodings", () => {
    for (const ex of EXAMPLES.filter((e) => e.direction !== "server → client" && Object.hasOwn(INBOUND, e.op))) {
      const schema = INBOUND[ex.op as keyof typeof INBOUND];
      expect(schema.safeParse(ex.packet.d ?? {}).success, ex.op).toBe(true);
      const back = decodeBinary(encodePacket(ex.packet, "binary", limits) as Uint8Array, limits);
      expect(back.ok && schema.safeParse(back.packet.d ?? {}).success, `${ex.op} (binary)`).toBe(true);
    }
  });

  it("has an example for every op", () => {
    expect(new Set(EXAMPLES.map((e) => e.op))).toEqual(new Set(OP_NAMES));
  });
});

describe("JSON and binary are two encodings of one packet", () => {
  it.each(EXAMPLES.map((e) => [e.op, e] as const))("%s round-trips JSON → binary → JSON (proto3: zero values may be omitted)", (_op, example) => {
    const json = encodePacket(example.packet, "json") as string;
    const fromJson = decodeJson(json, limits);
    expect(fromJson.ok).toBe(true);
    if (!fromJson.ok) return;
    const binary = encodePacket(fromJson.packet, "binary", limits) as Uint8Array;
    const back = decodeBinary(binary, limits);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(withoutDefaults(back.packet)).toEqual(withoutDefaults(example.packet));
  });

  it("writes JSON as {op, id, d}", () => {
    expect(encodePacket({ d: { a: 1 }, id: 3, op: "ok" } as never, "json")).toBe('{"op":"ok","id":3,"d":{"a":1}}');
    expect(encodePacket({ op: "pong", d: {} }, "json")).toBe('{"op":"pong"}');
  });
});

describe("decodeJson", () => {
  const code = (text: string) => {
    const r = decodeJson(text, limits);
    return r.ok ? "ok" : r.error.code;
  };

  it("gives each kind of junk its code", () => {
    expect(code("not json")).toBe("bad_json");
    expect(code("[1,2]")).toBe("bad_request");
    expect(code("42")).toBe("bad_request");
    expect(code('{"op":"nope","id":1}')).toBe("unknown_op");
    expect(code('{"op":"send","id":-1}')).toBe("bad_request");
    expect(code('{"op":"send","id":1.5}')).toBe("bad_request");
    expect(code('{"op":"send","id":1,"d":[]}')).toBe("bad_request");
    expect(code('{"op":"send","id":1,"d":{}}')).toBe("ok");
  });

  it("keeps the request id on errors it can attribute", () => {
    const r = decodeJson('{"op":"nope","id":9}', limits);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.id).toBe(9);
  });

  it("refuses oversized messages by byte size, not character count", () => {
    expect(code(JSON.stringify({ op: "ping", d: { pad: "x".repeat(70_000) } }))).toBe("frame_too_large");
    // 30,000 three-byte characters: under the limit in characters, over it in bytes.
    expect(code(JSON.stringify({ op: "ping", d: { pad: "€".repeat(30_000) } }))).toBe("frame_too_large");
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = decodeJson(text, limits);
        if (!r.ok) expect(r.error).toBeInstanceOf(AppError);
      }),
    );
  });
});

describe("decodeBinary", () => {
  it("decodes a frame with an empty body as the op with empty payload", () => {
    const r = decodeBinary(encodeFrame(OPS.ping.code, new Uint8Array()), limits);
    expect(r).toEqual({ ok: true, packet: { op: "ping" } });
  });

  it("writes PING and PONG without an id as bare 8-byte frames", () => {
    expect([...(encodePacket({ op: "pong", d: {} }, "binary") as Uint8Array)]).toEqual([0, 0, 0, 8, 0, OPS.pong.code, 1, 0]);
    expect([...(encodePacket({ op: "ping" }, "binary") as Uint8Array)]).toEqual([0, 0, 0, 8, 0, OPS.ping.code, 1, 0]);
  });

  it("answers an unknown type code with unknown_op", () => {
    const r = decodeBinary(encodeFrame(999, new Uint8Array()), limits);
    expect(r.ok ? "ok" : r.error.code).toBe("unknown_op");
  });

  it("answers a body that is not protobuf with invalid_frame", () => {
    const r = decodeBinary(encodeFrame(OPS.send.code, new Uint8Array([0xff, 0xff, 0xff, 0xff])), limits);
    expect(r.ok ? "ok" : r.error.code).toBe("invalid_frame");
  });

  it("never throws on random bytes, with or without a valid header", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.uint8Array({ maxLength: 200 }), fc.boolean(), (type, body, framed) => {
        const bytes = framed ? encodeFrame(type, body) : body;
        const r = decodeBinary(bytes, limits);
        if (!r.ok) expect(r.error).toBeInstanceOf(AppError);
      }),
    );
  });
});

describe("errorPacket", () => {
  it("carries code, message, numeric status and retryability", () => {
    expect(errorPacket(new AppError("rate_limited", "slow down", 1500), 4)).toEqual({
      op: "error",
      id: 4,
      d: { code: "rate_limited", message: "slow down", status: 429, retryable: true, retryAfterMs: 1500 },
    });
  });
});

describe("lone surrogates (regression: a poison message binary clients could not decode)", () => {
  it("refuses a JSON frame whose strings hold a lone surrogate, with its id; surrogate pairs pass", () => {
    const lone = '{"op":"send","id":9,"d":{"to":"u","clientMsgId":"c","content":{"text":"a\\ud800b"}}}';
    const decoded = decodeJson(lone, limits);
    expect(decoded).toMatchObject({ ok: false, id: 9 });
    if (!decoded.ok) expect(decoded.error.code).toBe("bad_json");
    expect(decodeJson('{"op":"send","id":9,"d":{"content":{"text":"\\udc00"}}}', limits).ok).toBe(false);
    expect(decodeJson('{"op":"send","id":9,"d":{"\\ud800key":1}}', limits).ok).toBe(false);
    // An escaped pair is an ordinary astral character (what ensure_ascii JSON encoders send).
    const pair = decodeJson('{"op":"send","id":9,"d":{"content":{"text":"\\ud83d\\ude00"}}}', limits);
    expect(pair.ok && (pair.packet.d as { content: { text: string } }).content.text).toBe("😀");
  });

  it("refuses a binary frame carrying an encoded surrogate (ED A0 80)", () => {
    const frame = encodePacket({ op: "send", id: 3, d: { to: "u", clientMsgId: "c", content: { text: "a\ud800b" } } }, "binary", limits) as Uint8Array;
    const decoded = decodeBinary(frame, limits);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error.code).toBe("invalid_frame");
    const fine = decodeBinary(encodePacket({ op: "send", id: 3, d: { to: "u", clientMsgId: "c", content: { text: "𝄞 ok" } } }, "binary", limits) as Uint8Array, limits);
    expect(fine.ok).toBe(true);
  });
});
