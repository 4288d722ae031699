/**
 * The before-send callback and the shared send path it sits in: allow, reject with a
 * reason, replace content, timeouts and errors under fail-open and fail-closed, signed
 * requests, and resends that never ask the callback twice.
 */
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { beforeSend, type BeforeSendConfig, type BeforeSendInput } from "../../objects/log/before-send.js";
import { MessageLog } from "../../objects/log/message-log.js";
import { screenSends } from "../../objects/log/send-path.js";
import { verifySignature } from "../../shared/signature.js";
import { configFrom } from "../../workers/config.js";

const config = (failure: "open" | "closed" = "open"): BeforeSendConfig => ({ url: "https://moderation.example.test/check", secret: "before-send-secret-0123", timeoutMs: 200, failure });
const input: BeforeSendInput = {
  conversationId: "d:a:b",
  conversationKind: "direct",
  senderId: "a",
  senderDevice: "phone",
  message: { clientMsgId: "c1", type: "text", content: { text: "hello darn world" } },
};
const answer = (body: unknown, status = 200) => async () => new Response(typeof body === "string" ? body : JSON.stringify(body), { status });

describe("before-send callback", () => {
  it("allows, rejects with a reason, and replaces content", async () => {
    expect(await beforeSend(config(), input, answer({ action: "allow" }))).toEqual({ action: "allow" });
    expect(await beforeSend(config(), input, answer("", 204))).toEqual({ action: "allow" });
    expect(await beforeSend(config(), input, answer({ action: "reject", reason: "profanity" }))).toEqual({ action: "reject", reason: "profanity" });
    expect(await beforeSend(config(), input, answer({ action: "reject" }))).toEqual({ action: "reject", reason: "rejected by policy" });
    expect(await beforeSend(config(), input, answer({ action: "replace", content: { text: "hello d**n world" } }))).toEqual({ action: "replace", content: { text: "hello d**n world" } });
  });

  it("sends a signed request describing the message", async () => {
    let seen: Request | undefined;
    await beforeSend(config(), input, async (r) => {
      seen = r.clone();
      return new Response(JSON.stringify({ action: "allow" }));
    });
    const body = await seen!.text();
    expect(JSON.parse(body)).toEqual({ event: "message.before_send", ...input });
    expect(await verifySignature(config().secret, seen!.headers.get("x-imserver-signature"), body)).toBe(true);
  });

  for (const [what, fetch] of [
    ["a timeout", (r: Request) => new Promise<Response>((_, reject) => r.signal.addEventListener("abort", () => reject(r.signal.reason)))],
    ["a server error", answer({ action: "allow" }, 503)],
    ["an unreadable answer", answer("<html>oops</html>")],
    ["an invalid replacement", answer({ action: "replace", content: { data: "no text for a text message" } })],
    ["a network failure", async () => Promise.reject(new TypeError("connection refused"))],
  ] as const) {
    it(`fails open or closed on ${what}`, async () => {
      expect(await beforeSend(config("open"), input, fetch)).toEqual({ action: "allow" });
      await expect(beforeSend(config("closed"), input, fetch)).rejects.toMatchObject({ code: "unavailable" });
    });
  }
});

describe("shared send path", () => {
  it("screens each item, passes resends through without asking again, and keeps positions", async () => {
    const stub = env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(`screen-${Date.now()}`));
    await runInDurableObject(stub, async (_i, state) => {
      const log = new MessageLog(state.storage.sql, "d:a:b");
      log.append({ senderId: "a", message: { clientMsgId: "old", type: "text", content: { text: "already stored" } } }, 1);
      const asked: string[] = [];
      const fetch = async (r: Request) => {
        const { message } = (await r.json()) as BeforeSendInput;
        asked.push(message.clientMsgId);
        const text = message.content.text ?? "";
        if (text.includes("spam")) return new Response(JSON.stringify({ action: "reject", reason: "looks like spam" }));
        if (text.includes("darn")) return new Response(JSON.stringify({ action: "replace", content: { text: text.replace("darn", "d**n") } }));
        return new Response(JSON.stringify({ action: "allow" }));
      };
      const base = configFrom(env);
      const results = await screenSends({ env, config: { ...base, beforeSend: config() }, log, conversationKind: "direct", now: 2, fetch }, [
        { senderId: "a", message: { clientMsgId: "old", type: "text", content: { text: "already stored" } } },
        { senderId: "a", message: { clientMsgId: "s", type: "text", content: { text: "buy spam" } } },
        { senderId: "a", message: { clientMsgId: "d", type: "text", content: { text: "oh darn" } } },
        { senderId: "a", message: { clientMsgId: "ok", type: "text", content: { text: "fine" } } },
      ]);
      expect(asked.sort()).toEqual(["d", "ok", "s"]);
      expect(results[0]).toMatchObject({ ok: true, value: { message: { clientMsgId: "old" } } });
      expect(results[1]).toEqual({ ok: false, error: { code: "message_rejected", message: "looks like spam" } });
      expect(results[2]).toMatchObject({ ok: true, value: { content: { text: "oh d**n" }, message: { content: { text: "oh darn" } } } });
      expect(results[3]!.ok && results[3]!.value.content).toBeUndefined();

      // The replaced message is stored with the new content; its resend (original content) is a duplicate.
      const stored = log.append((results[2] as { ok: true; value: Parameters<typeof log.append>[0] }).value, 3);
      expect(stored.message.content).toEqual({ text: "oh d**n" });
      const again = log.append({ senderId: "a", message: { clientMsgId: "d", type: "text", content: { text: "oh darn" } } }, 4);
      expect(again).toMatchObject({ duplicate: true, message: { seq: stored.message.seq } });
      expect(() => log.append({ senderId: "a", message: { clientMsgId: "d", type: "text", content: { text: "something else" } } }, 5)).toThrow(/already used/);
    });
  });
});
