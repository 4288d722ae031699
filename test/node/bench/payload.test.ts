/** What the workloads put on the wire and how they recognise it coming back. */
import { describe, expect, it } from "vitest";
import { FrameDecoder } from "../../../shared/frame.js";
import { decodeBinary, encodePacket, type Packet } from "../../../shared/wire.js";
import { packetOfFrame } from "../../../bench/lib/im-client.js";
import { CEILING_BODY, ceilingFrame, ceilingIndex, clientMsgId, indexOf, TEXT } from "../../../bench/lib/payload.js";

describe("payloads", () => {
  it("numbers ceiling frames and reads the number back", () => {
    const frame = ceilingFrame("s", 1234);
    expect(frame.startsWith("s1234|")).toBe(true);
    expect(ceilingIndex(frame)).toBe(1234);
    expect(frame.endsWith(CEILING_BODY)).toBe(true);
  });

  it("gives the ceiling about as many bytes as IMServer's message push", () => {
    expect(TEXT).toHaveLength(64);
    expect(CEILING_BODY.length).toBeGreaterThan(250);
    expect(CEILING_BODY.length).toBeLessThan(400);
  });

  it("recognises only its own stream's clientMsgIds", () => {
    expect(indexOf(clientMsgId("w2-ws-json-run-3", 17), "w2-ws-json-run-3")).toBe(17);
    expect(indexOf(clientMsgId("w2-ws-json-run-3", 17), "w2-ws-json-run-31")).toBeUndefined();
    expect(indexOf("w2-ws-json-run-3.x", "w2-ws-json-run-3")).toBeUndefined();
    expect(indexOf(undefined, "p")).toBeUndefined();
  });
});

describe("TCP frames", () => {
  it("decode to the same packets as WebSocket binary frames, however the stream is cut", () => {
    const packets: Packet[] = [
      { op: "ack", id: 7, d: { messageId: "m", conversationId: "d:a:b", seq: 42, ts: 1, clientMsgId: "c" } },
      { op: "message", d: { messageId: "m", conversationId: "d:a:b", seq: 43, senderId: "a", clientMsgId: "c2", type: "text", content: { text: TEXT }, ts: 2 } },
      { op: "pong", d: {} },
    ];
    const frames = packets.map((p) => encodePacket(p, "binary") as Uint8Array);
    const stream = new Uint8Array(frames.reduce((n, f) => n + f.length, 0));
    let at = 0;
    for (const f of frames) {
      stream.set(f, at);
      at += f.length;
    }
    const decoder = new FrameDecoder();
    const out: Packet[] = [];
    for (let i = 0; i < stream.length; i += 7) for (const frame of decoder.push(stream.slice(i, i + 7))) out.push(packetOfFrame(frame)!);
    const viaWebSocket = frames.map((f) => {
      const decoded = decodeBinary(f, { maxFrameBytes: 65_536 });
      if (!decoded.ok) throw decoded.error;
      return decoded.packet;
    });
    expect(out).toEqual(viaWebSocket);
    expect(out.map((p) => p.op)).toEqual(["ack", "message", "pong"]);
  });

  it("ignores frame types it does not know", () => {
    expect(packetOfFrame({ type: 9_999, body: new Uint8Array() })).toBeUndefined();
  });
});
