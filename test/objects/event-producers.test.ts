/**
 * Producers publish only after their own commit and never lose a committed event:
 * message.created through the conversation outbox, presence through the UserDO's event
 * outbox, user.registered / user.login_success through the D1 outbox. Each is followed
 * to the real events consumer (its idempotency record). Also the recipient facts the
 * notification service reads from the UserDO.
 */
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { UserDO } from "../../objects/user.js";
import { EventOutbox } from "../../objects/log/event-outbox.js";
import { messageCreatedEvent } from "../../objects/log/message-events.js";
import { makeEvent, type BusEvent } from "../../shared/events.js";
import { sweepEventOutbox } from "../../workers/events/d1-outbox.js";
import { checkEvent } from "../../workers/events/publisher.js";
import { api, directId, eventually, login, register, TestSocket } from "../helpers/worker/client.js";

const consumed = async (consumer: string, id: string) =>
  (await env.DB.prepare("SELECT 1 AS ok FROM consumed_ids WHERE consumer = ? AND id = ?").bind(consumer, id).first()) !== null;

const userStub = (id: string) => env.USERS.get(env.USERS.idFromName(id));

describe("event producers", () => {
  it("publishes message.created after the commit, and the recipient's notify job runs", async () => {
    const [a, b] = [await register(), await register()];
    const sent = await api(`/v1/conversations/${directId(a.user.id, b.user.id)}/messages`, { token: a.accessToken, body: { clientMsgId: "hello", type: "text", content: { text: "hi" } } });
    expect(sent.status).toBe(201);
    const eventId = `message.created:${sent.body.messageId}`;
    await eventually(() => consumed("router", eventId), 10_000);
    await eventually(() => consumed("delivery", `${eventId}|n|${b.user.id}`), 10_000);
    // The sender is not notified of their own message.
    expect(await consumed("delivery", `${eventId}|n|${a.user.id}`)).toBe(false);
  });

  it("publishes user.registered and user.login_success through the D1 outbox and empties it", async () => {
    const a = await register();
    const session = await login(a.user.username);
    await eventually(() => consumed("router", `user.registered:${a.user.id}`), 10_000);
    await eventually(() => consumed("router", `user.login_success:${session.sessionId}`), 10_000);
    await eventually(async () => (await env.DB.prepare("SELECT COUNT(*) AS n FROM event_outbox").first<{ n: number }>())?.n === 0);
  });

  it("re-sends events a crashed request left in the D1 outbox", async () => {
    const event = makeEvent("user.registered", `user.registered:crashed${Date.now()}`, "gateway", { userId: "crashed", username: "crashed", displayName: "c", createdAt: 1 }, 1);
    await env.DB.prepare("INSERT INTO event_outbox (event_id, body, created_at) VALUES (?, ?, ?)").bind(event.event_id, JSON.stringify(event), Date.now() - 120_000).run();
    expect(await sweepEventOutbox(env, 60_000)).toBe(1);
    expect(await env.DB.prepare("SELECT 1 FROM event_outbox WHERE event_id = ?").bind(event.event_id).first()).toBeNull();
    await eventually(() => consumed("router", event.event_id), 10_000);
  });

  it("publishes user.online when the first socket opens and user.offline when the last one closes", async () => {
    const a = await register();
    const phone = await TestSocket.open(a.accessToken, { deviceId: "phone" });
    const laptop = await TestSocket.open(a.accessToken, { deviceId: "laptop" });
    await eventually(() => consumed("router", `user.presence:${a.user.id}:1`), 10_000);
    phone.close();
    await eventually(async () => {
      const c = await runInDurableObject(userStub(a.user.id), (u: UserDO) => u.notificationContext(a.user.id, { conversationId: "d:x:y", seq: 1, senderId: "x" }));
      return c.ok && c.value.onlineDevices.join() === "laptop";
    });
    laptop.close();
    await eventually(() => consumed("router", `user.presence:${a.user.id}:2`), 10_000);
    // Only two changes: online, then offline (the second socket changed nothing).
    expect(await consumed("router", `user.presence:${a.user.id}:3`)).toBe(false);
  });

  it("gives the notification service the recipient's online devices, read position and badge", async () => {
    const [a, b] = [await register(), await register()];
    const id = directId(a.user.id, b.user.id);
    const sent: Array<{ messageId: string }> = [];
    for (let i = 0; i < 3; i++) sent.push((await api(`/v1/conversations/${id}/messages`, { token: a.accessToken, body: { clientMsgId: `c${i}`, type: "text", content: { text: `${i}` } } })).body);
    const context = (seq: number) => userStub(b.user.id).notificationContext(b.user.id, { conversationId: id, seq, senderId: a.user.id });
    await eventually(async () => {
      const c = await context(3);
      return c.ok && c.value.badge === 3;
    });
    // A message not yet delivered here still counts in the badge.
    expect(await context(4)).toMatchObject({ ok: true, value: { badge: 4, read: false, onlineDevices: [], muted: false, blocked: false } });
    const socket = await TestSocket.open(b.accessToken, { deviceId: "tablet" });
    expect(await socket.request("read", { conversationId: id, seq: 2 })).toMatchObject({ op: "ok" });
    expect(await context(2)).toMatchObject({ ok: true, value: { read: true, onlineDevices: ["tablet"], badge: 1 } });
    // An edit behind an unread message is not itself unread: the badge agrees with the
    // conversation's own unread count.
    const edited = await api(`/v1/conversations/${id}/messages/${sent[2]!.messageId}`, { method: "PATCH", token: a.accessToken, body: { clientMsgId: "c2-fix", content: { text: "2!" } } });
    expect(edited.body.seq).toBe(4);
    await eventually(async () => {
      const list = (await api("/v1/conversations", { token: b.accessToken })).body.conversations as Array<{ conversationId: string; lastSeq: number; unread: number }>;
      return list.some((c) => c.conversationId === id && c.lastSeq === 4 && c.unread === 1);
    });
    expect(await context(4)).toMatchObject({ ok: true, value: { badge: 1 } });
    socket.close();
  });
});

describe("event outbox in a Durable Object", () => {
  it("keeps staged events until a publish succeeds, retrying from the alarm with backoff", async () => {
    const stub = env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(`outbox-${Date.now()}`));
    await runInDurableObject(stub, async (_instance, state) => {
      const clock = { now: 1_000 };
      const alarms: number[] = [];
      const published: BusEvent[][] = [];
      let failing = true;
      const outbox = new EventOutbox(state.storage.sql, {
        publish: async (events) => {
          if (failing) throw new Error("queue down");
          published.push(events);
        },
        scheduleAlarm: (at) => alarms.push(at),
        now: () => clock.now,
        random: () => 0.5,
      });
      const events = [1, 2, 3].map((i) => makeEvent("user.offline", `e${i}`, "user:u", { userId: "u", version: i, at: i }, i));
      state.storage.transactionSync(() => events.forEach((e) => outbox.stage(e)));
      expect(alarms).toContain(3_000);
      await outbox.flush();
      expect(outbox.pending()).toBe(3);
      expect(alarms[alarms.length - 1]).toBe(1_750);

      // The object "restarts": a new outbox over the same storage still has the events.
      const reopened = new EventOutbox(state.storage.sql, { publish: async (e) => void published.push(e), scheduleAlarm: () => {}, now: () => clock.now });
      expect(reopened.pending()).toBe(3);
      failing = false;
      clock.now = 2_000;
      await outbox.onAlarm();
      expect(published).toEqual([events]);
      expect(outbox.pending()).toBe(0);
      // A staged event with an id already staged is kept once.
      state.storage.transactionSync(() => {
        outbox.stage(events[0]!);
        outbox.stage(events[0]!);
      });
      expect(outbox.pending()).toBe(1);
      // An invalid event is refused at staging, so it can never block the outbox.
      expect(() => outbox.stage({ ...events[0]!, data: {} } as BusEvent)).toThrow();
    });
  });

  it("shortens a message too large for a queue message and says so", () => {
    const m = { messageId: "01JDX1C3D4E5F6G7H8J9K0M1N2", conversationId: "d:a:b", seq: 1, senderId: "a", clientMsgId: "c", type: "text", content: { text: "z".repeat(200_000) }, ts: 1 };
    const event = messageCreatedEvent("direct", "conversation:d:a:b", m);
    expect(event.data).toMatchObject({ truncated: true, message: { seq: 1 } });
    expect(event.data.message.content.text).toHaveLength(1_000);
    expect(() => checkEvent(event)).not.toThrow();
    const small = messageCreatedEvent("direct", "conversation:d:a:b", { ...m, content: { text: "hi" } });
    expect(small.data.truncated).toBeUndefined();
  });
});
