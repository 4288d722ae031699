/** The InternalMessage envelope: protobuf round trip, required fields, junk refused. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { AppError } from "../../shared/errors.js";
import { decodeEnvelope, encodeEnvelope, META, type Envelope } from "../../shared/envelope.js";
import { im } from "../../shared/proto/im.js";

describe("envelope", () => {
  it("round-trips every field, with the payload as JSON and a content type", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ maxLength: 20 })), (payload, metadata) => {
        const e: Envelope = { messageId: "01ABC", sourceService: "gateway", targetService: "user", messageType: 1101, timestamp: 1767225600123, payload, metadata };
        const back = decodeEnvelope(encodeEnvelope(e));
        expect(back).toEqual({ ...e, payload: JSON.parse(JSON.stringify(payload)), metadata: { ...metadata, [META.contentType]: "application/json" } });
      }),
      { numRuns: 100 },
    );
  });

  it("is the protobuf InternalMessage of im.proto (seed field numbers)", () => {
    const bytes = encodeEnvelope({ messageId: "m", sourceService: "s", targetService: "t", messageType: 1001, timestamp: 5, payload: [1], metadata: { "trace-id": "x" } });
    const msg = im.v1.InternalMessage.decode(bytes);
    expect(msg).toMatchObject({ messageId: "m", sourceService: "s", targetService: "t", messageType: 1001 });
    expect(new TextDecoder().decode(msg.payload)).toBe("[1]");
    // Field 1 (message_id), wire type 2: the first byte is 0x0a.
    expect(bytes[0]).toBe(0x0a);
  });

  it("refuses junk, a missing id or type, and a non-JSON payload", () => {
    const code = (bytes: Uint8Array) => {
      try {
        decodeEnvelope(bytes);
      } catch (err) {
        return (err as AppError).code;
      }
      return "decoded";
    };
    expect(code(new Uint8Array([0xff, 0xff, 0xff]))).toBe("bad_request");
    expect(code(im.v1.InternalMessage.encode({ messageType: 1 }).finish())).toBe("bad_request");
    expect(code(im.v1.InternalMessage.encode({ messageId: "x", messageType: 1, payload: new TextEncoder().encode("{nope") }).finish())).toBe("bad_request");
    expect(code(im.v1.InternalMessage.encode({ messageId: "x", messageType: 1, metadata: { "content-type": "text/xml" } }).finish())).toBe("bad_request");
  });
});
