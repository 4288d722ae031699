/**
 * Groups end to end against the real local Worker (`npm start`'s script, default
 * configuration): group management and messaging over WebSocket in both encodings,
 * typing, edit and recall, read receipts, and "my groups" from the D1 index.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalWorker, type LocalWorker } from "../helpers/node/local-worker.js";
import { http, registerUser, sleep, WsClient, type Account } from "../helpers/node/client.js";

let worker: LocalWorker;
let owner: Account;
let members: Account[];

beforeAll(async () => {
  worker = await startLocalWorker();
  owner = await registerUser(worker.baseUrl, "owner");
  members = [];
  for (let i = 0; i < 3; i++) members.push(await registerUser(worker.baseUrl, `m${i}`));
});

afterAll(async () => {
  await worker?.stop();
});

describe("a small group over real sockets", () => {
  it("creates, messages, edits, recalls and reads across JSON and binary clients", async () => {
    const o = await WsClient.connect(worker.wsUrl, owner.accessToken, { encoding: "binary" });
    const created = await o.request("group_create", { name: "e2e", members: [members[0]!.user.id, members[1]!.user.id] });
    expect(created.op).toBe("group");
    const group = created.d as { id: string; conversationId: string; memberCount: number; role: string };
    expect(group).toMatchObject({ memberCount: 3, role: "owner" });
    const m0 = await WsClient.connect(worker.wsUrl, members[0]!.accessToken);
    const m1 = await WsClient.connect(worker.wsUrl, members[1]!.accessToken, { encoding: "binary" });
    const m2 = await WsClient.connect(worker.wsUrl, members[2]!.accessToken);

    // Binary clients send optional fields explicitly (here a 0 that means "unmute").
    expect((await o.request("group_add", { groupId: group.id, userIds: [members[2]!.user.id] })).d).toMatchObject({ memberCount: 4 });
    expect((await o.request("group_member_update", { groupId: group.id, userId: members[0]!.user.id, role: "admin", muteSeconds: 0 })).d).toMatchObject({ role: "admin" });

    const ack = await m0.request("send", { conversationId: group.conversationId, clientMsgId: "hello", type: "text", content: { text: "hello all" }, mentions: [members[1]!.user.id] });
    expect(ack.op).toBe("ack");
    const { messageId, seq } = ack.d as { messageId: string; seq: number };
    for (const c of [o, m1, m2]) {
      const p = await c.next((x) => x.op === "message" && (x.d as { seq: number }).seq === seq);
      expect(p.d).toMatchObject({ messageId, senderId: members[0]!.user.id, content: { text: "hello all" } });
    }

    await m1.request("typing", { conversationId: group.conversationId });
    expect((await m0.next((p) => p.op === "typing")).d).toMatchObject({ userId: members[1]!.user.id });

    const edited = await m0.request("edit", { conversationId: group.conversationId, messageId, clientMsgId: "hello-edit", content: { text: "hello everyone" } });
    expect(edited.op).toBe("ack");
    expect((await m1.next((p) => p.op === "message" && (p.d as { type: string }).type === "edit")).d).toMatchObject({ targetId: messageId, content: { text: "hello everyone" } });
    const recalled = await o.request("recall", { conversationId: group.conversationId, messageId, clientMsgId: "mod-1" });
    expect(recalled.op).toBe("ack");
    expect((await m2.next((p) => p.op === "message" && (p.d as { type: string }).type === "recall")).d).toMatchObject({ targetId: messageId });

    await m1.request("read", { conversationId: group.conversationId, seq });
    const readers = await m0.request("readers", { conversationId: group.conversationId, seq });
    expect(readers.d).toMatchObject({ readBy: 1, listed: true, userIds: [members[1]!.user.id] });
    // The mention went with the recall. (Binary frames omit empty lists and empty payloads.)
    const mentions = await m1.request("mentions", {});
    expect((mentions.d as { mentions?: unknown[] } | undefined)?.mentions ?? []).toEqual([]);

    const mine = await http(worker.baseUrl, "/v1/groups", { token: members[2]!.accessToken });
    expect(mine.body.groups.map((g: { id: string }) => g.id)).toEqual([group.id]);
    const list = await m2.request("groups", {});
    expect((list.d as { groups: Array<{ id: string }> }).groups[0]).toMatchObject({ id: group.id, memberCount: 4 });

    const outsider = await registerUser(worker.baseUrl, "out");
    const so = await WsClient.connect(worker.wsUrl, outsider.accessToken);
    const refused = await so.request("send", { conversationId: group.conversationId, clientMsgId: "x", type: "text", content: { text: "x" } });
    expect(refused).toMatchObject({ op: "error", d: { code: "forbidden" } });
    await sleep(100);
    await Promise.all([o, m0, m1, m2, so].map((c) => c.close()));
  });
});
