/**
 * Group fan-out: direct (small groups) and sharded (above GROUP_FANOUT_SHARD_THRESHOLD,
 * 6 in tests, through 10 GroupShardDOs), the switch between them, membership changes
 * racing sends, and restarts in the middle of fan-out. Every member must receive exactly
 * the entries appended while they were a member, once each, in seq order.
 */
import { abortAllDurableObjects, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { GroupDO } from "../../objects/group.js";
import type { GroupShardDO } from "../../objects/group-shard.js";
import { isUserTarget } from "../../objects/group/fanout.js";
import type { Packet } from "../../shared/wire.js";
import { api, eventually, resetObject, TestSocket, userStub, type Account } from "../helpers/worker/client.js";
import { createGroup, groupStub, post, SHARDS, shardStub, stateOf, users } from "../helpers/worker/groups.js";

const seqsPushed = (socket: TestSocket, conversationId: string) =>
  socket.received.filter((p: Packet) => p.op === "message" && (p.d as { conversationId: string }).conversationId === conversationId).map((p) => (p.d as { seq: number }).seq);

/** Waits until `socket` was pushed every seq in [from, to] and checks: once each, in order, nothing else. */
async function expectPushes(socket: TestSocket, conversationId: string, from: number, to: number) {
  const want = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  await eventually(() => seqsPushed(socket, conversationId).length >= want.length, 10_000).catch((err) => {
    throw new Error(`${String(err)}; pushed: ${JSON.stringify(seqsPushed(socket, conversationId))}`);
  });
  expect(seqsPushed(socket, conversationId)).toEqual(want);
}

async function lastSeqOf(who: Account, conversationId: string) {
  return (await stateOf(who, conversationId))?.lastSeq ?? 0;
}

/**
 * Opens a socket per user once each has received everything up to `upTo`, so pushes
 * start right after it. The device differs from the login's, so the users' own HTTP
 * sends are pushed to these sockets too.
 */
async function openAll(who: Account[], conversationId: string, upTo: number): Promise<TestSocket[]> {
  for (const u of who) await eventually(async () => (await lastSeqOf(u, conversationId)) >= upTo, 10_000);
  return Promise.all(who.map((u) => TestSocket.open(u.accessToken, { deviceId: "ws" })));
}

/** Runs alarms of the group and its shards until nobody is owed anything. */
async function drainAlarms(conversationId: string) {
  for (let round = 0; round < 20; round++) {
    let ran = await runDurableObjectAlarm(groupStub(conversationId));
    for (let k = 0; k < SHARDS; k++) ran = (await runDurableObjectAlarm(shardStub(conversationId, k))) || ran;
    if (!ran) return;
  }
}

describe("direct fan-out (small groups)", () => {
  it("pushes each message once, in order, to every member but the sending device; non-members get `forbidden`", async () => {
    const [a, b, c, outsider] = await users(4);
    const g = await createGroup(a!, [b!, c!]);
    const sockets = await Promise.all([a!, b!, c!].map((u) => TestSocket.open(u.accessToken)));
    const [sa, sb, sc] = sockets as [TestSocket, TestSocket, TestSocket];
    for (let i = 0; i < 5; i++) {
      const ack = await sa.request("send", { conversationId: g.conversationId, clientMsgId: `m${i}`, type: "text", content: { text: `m${i}` } });
      expect(ack.d).toMatchObject({ conversationId: g.conversationId, seq: i + 2 });
    }
    await expectPushes(sb, g.conversationId, 2, 6);
    await expectPushes(sc, g.conversationId, 2, 6);
    expect(seqsPushed(sa, g.conversationId)).toEqual([]);
    const so = await TestSocket.open(outsider!.accessToken);
    const refused = await so.request("send", { conversationId: g.conversationId, clientMsgId: "x", type: "text", content: { text: "x" } });
    expect(refused).toMatchObject({ op: "error", d: { code: "forbidden" } });
    const read = await so.request("history", { conversationId: g.conversationId });
    expect(read).toMatchObject({ op: "error", d: { code: "forbidden" } });
    await runInDurableObject(groupStub(g.conversationId), (instance: GroupDO) => {
      const core = (instance as unknown as { core: { fanout: { sharded: boolean }; log: { lastSeq: number } } }).core;
      expect(core.fanout.sharded).toBe(false);
      expect(core.log.lastSeq).toBe(6);
    });
    for (const s of [...sockets, so]) s.close();
  });
});

describe("sharded fan-out (large groups)", () => {
  it("delivers through the shard objects: every member once, in order", async () => {
    const [owner, ...rest] = await users(12);
    const g = await createGroup(owner!, rest);
    const everyone = [owner!, ...rest];
    const sockets = await openAll(everyone, g.conversationId, 1);
    const sender = rest[3]!;
    for (let i = 0; i < 8; i++) expect((await post(sender, g.conversationId, `s${i}`)).status).toBe(201);
    // HTTP sends have no sending socket: every member, the sender too, gets every message.
    for (const s of sockets) await expectPushes(s, g.conversationId, 2, 9);
    for (const u of everyone) expect(await lastSeqOf(u, g.conversationId)).toBe(9);
    // The group object holds one cursor per shard (plus the D1 index), not one per member.
    await runInDurableObject(groupStub(g.conversationId), (instance: GroupDO) => {
      const core = (instance as unknown as { core: { fanout: { sharded: boolean; shardCount: number }; outbox: { targets: string[] } } }).core;
      expect(core.fanout).toMatchObject({ sharded: true, shardCount: SHARDS });
      // Shards, the D1 index and the event bus.
      expect(core.outbox.targets.filter((t) => t.startsWith("shard:"))).toHaveLength(SHARDS);
      expect(core.outbox.targets.filter(isUserTarget)).toEqual([]);
    });
    // Each member is a target of exactly one shard.
    const perShard: string[][] = [];
    for (let k = 0; k < SHARDS; k++) {
      perShard.push(await runInDurableObject(shardStub(g.conversationId, k), (instance: GroupShardDO) => (instance as unknown as { state?: { outbox: { targets: string[] } } }).state?.outbox.targets ?? []));
    }
    expect(perShard.flat().sort()).toEqual(everyone.map((u) => u.user.id).sort());
    for (const s of sockets) s.close();
  });

  it("switches from direct to sharded as the group grows, without reordering or repeating anything", async () => {
    const [owner, ...others] = await users(10);
    const first = others.slice(0, 4);
    const later = others.slice(4);
    const g = await createGroup(owner!, first);
    const early = await openAll([owner!, ...first], g.conversationId, 1);
    const late = await Promise.all(later.map((u) => TestSocket.open(u.accessToken, { deviceId: "ws" })));
    for (let i = 0; i < 3; i++) await post(owner!, g.conversationId, `before-${i}`);
    // 5 + 5 members passes the threshold of 6: entry 5 (members_added) is the switch.
    const added = await api(`/v1/groups/${g.id}/members`, { token: owner!.accessToken, body: { userIds: later.map((u) => u.user.id) } });
    expect(added.body.group.memberCount).toBe(10);
    for (let i = 0; i < 4; i++) await post(first[0]!, g.conversationId, `after-${i}`);
    for (const s of early) await expectPushes(s, g.conversationId, 2, 9);
    for (const s of late) await expectPushes(s, g.conversationId, 5, 9);
    await runInDurableObject(groupStub(g.conversationId), (instance: GroupDO) => {
      const core = (instance as unknown as { core: { fanout: { sharded: boolean; fromSeq: number } } }).core;
      expect(core.fanout).toMatchObject({ sharded: true, fromSeq: 5 });
    });
    for (const s of [...early, ...late]) s.close();
  });

  it("applies membership changes in log order inside the shards", async () => {
    const [owner, ...rest] = await users(10);
    const [leaver, joiner, ...members] = rest as [Account, Account, ...Account[]];
    const g = await createGroup(owner!, [leaver, ...members]);
    const [sLeaver, sOwner] = (await openAll([leaver, owner!], g.conversationId, 1)) as [TestSocket, TestSocket];
    const sJoiner = await TestSocket.open(joiner.accessToken, { deviceId: "ws" });
    await post(owner!, g.conversationId, "one");
    const removal = await api(`/v1/groups/${g.id}/members/${leaver.user.id}`, { method: "DELETE", token: owner!.accessToken });
    expect(removal.body.seq).toBe(3);
    await post(owner!, g.conversationId, "two");
    await api(`/v1/groups/${g.id}/members`, { token: owner!.accessToken, body: { userIds: [joiner.user.id] } });
    await post(owner!, g.conversationId, "three");
    await expectPushes(sOwner, g.conversationId, 2, 6);
    // The removed member got everything up to and including their removal, then nothing.
    await expectPushes(sLeaver, g.conversationId, 2, 3);
    // The added member got their "added" notice and what followed.
    await expectPushes(sJoiner, g.conversationId, 5, 6);
    expect(await lastSeqOf(leaver, g.conversationId)).toBe(3);
    for (const s of [sLeaver, sJoiner, sOwner]) s.close();
  });
});

describe("membership changes racing sends", () => {
  it.each([
    ["direct", 3],
    ["sharded", 9],
  ] as const)("never stores a message from a removed member (%s fan-out)", async (_mode, size) => {
    const [owner, victim, ...rest] = await users(size);
    const g = await createGroup(owner!, [victim!, ...rest]);
    const sends = Array.from({ length: 30 }, (_, i) => post(victim!, g.conversationId, `race-${i}`));
    const removal = api(`/v1/groups/${g.id}/members/${victim!.user.id}`, { method: "DELETE", token: owner!.accessToken });
    const results = await Promise.all(sends);
    const removedAt = (await removal).body.seq as number;
    for (const r of results) {
      if (r.status === 201) expect(r.body.seq).toBeLessThan(removedAt);
      else expect(r.body.error.code).toBe("forbidden");
    }
    const log = (await api(`/v1/conversations/${g.conversationId}/messages?limit=500`, { token: owner!.accessToken })).body.messages as Array<{ seq: number; senderId: string }>;
    expect(log.filter((m) => m.senderId === victim!.user.id && m.seq > removedAt)).toEqual([]);
    expect(log.map((m) => m.seq)).toEqual(Array.from({ length: log.length }, (_, i) => i + 1));
  });
});

describe("restarts during fan-out", () => {
  it("loses no member's messages when every object is aborted with shard deliveries pending", async () => {
    const [owner, ...rest] = await users(12);
    const everyone = [owner!, ...rest];
    const g = await createGroup(owner!, rest);
    // The group cannot reach its shards, so acked messages pile up undelivered.
    await runInDurableObject(groupStub(g.conversationId), (instance: GroupDO) => {
      (instance as unknown as { deliverToShard: () => Promise<boolean> }).deliverToShard = async () => false;
    });
    const acked: number[] = [];
    for (let i = 0; i < 6; i++) acked.push((await post(rest[i]!, g.conversationId, `p${i}`)).body.seq);
    expect(acked).toEqual([2, 3, 4, 5, 6, 7]);
    expect(await lastSeqOf(rest[8]!, g.conversationId)).toBeLessThan(7);

    await abortAllDurableObjects();
    const online = await Promise.all(everyone.slice(0, 6).map((u) => TestSocket.open(u.accessToken)));
    await drainAlarms(g.conversationId);
    for (const u of everyone) await eventually(async () => (await lastSeqOf(u, g.conversationId)) === 7, 10_000);
    // Online members got each message they had not seen, once and in order.
    for (const s of online) {
      const seqs = seqsPushed(s, g.conversationId);
      expect(seqs).toEqual([...new Set(seqs)].sort((x, y) => x - y));
      expect(seqs.at(-1)).toBe(7);
    }
    for (const s of online) s.close();
  });

  it("loses nothing when objects are aborted mid-stream, shard to member deliveries included", async () => {
    const [owner, ...rest] = await users(10);
    const everyone = [owner!, ...rest];
    const g = await createGroup(owner!, rest);
    const send = (i: number) => post(everyone[i % everyone.length]!, g.conversationId, `mid-${i}`);
    // Acked, so stored; the fan-out (group to shards to members) is still running when
    // the group, every shard and every member's object are reset, each as a crash would
    // (resetObject: abortAllDurableObjects() with calls in flight crashes the pool).
    const first = await Promise.all(Array.from({ length: 12 }, (_, i) => send(i)));
    await Promise.all([
      resetObject(groupStub(g.conversationId)),
      ...Array.from({ length: SHARDS }, (_, k) => resetObject(shardStub(g.conversationId, k))),
      ...everyone.map((u) => resetObject(userStub(u.user.id))),
    ]);
    expect(first.every((r) => r.status === 201)).toBe(true);
    // Clients that did not see their ack resend with the same id: nothing is stored twice.
    const rest2 = await Promise.all(Array.from({ length: 12 }, (_, i) => send(i)));
    expect(rest2.every((r) => r.status === 200 && r.body.duplicate === true)).toBe(true);
    const again = await Promise.all(everyone.map((u) => TestSocket.open(u.accessToken)));
    await drainAlarms(g.conversationId);
    for (const u of everyone) await eventually(async () => (await lastSeqOf(u, g.conversationId)) === 13, 10_000);
    const log = (await api(`/v1/conversations/${g.conversationId}/messages?limit=500`, { token: owner!.accessToken })).body.messages as Array<{ seq: number; clientMsgId: string }>;
    expect(log.map((m) => m.seq)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(new Set(log.slice(1).map((m) => m.clientMsgId)).size).toBe(12);
    for (const s of again) {
      const seqs = seqsPushed(s, g.conversationId);
      expect(seqs).toEqual([...new Set(seqs)].sort((x, y) => x - y));
    }
    for (const s of again) s.close();
  });
});
