/**
 * 1,000 concurrent TCP clients through `npm start`'s bridge and the real local Worker,
 * each authenticating, sending and receiving: 100 users with 10 devices each, paired into
 * 50 conversations. Every client must get its ack and every message of its conversation
 * it did not send itself, once. Bounded in time; no timing assertions.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerUser, type Account } from "../helpers/node/client.js";
import { startLocalWorker, type LocalWorker } from "../helpers/node/local-worker.js";
import { TcpClient } from "../helpers/node/tcp-client.js";

const USERS = 100;
const DEVICES = 10;
/** Clients come from 10 loopback addresses, so the default per-address cap (100) holds. */
const ADDRESSES = 10;

let worker: LocalWorker;
let users: Account[];

beforeAll(async () => {
  worker = await startLocalWorker();
  users = [];
  for (let i = 0; i < USERS; i += 10) {
    users.push(...(await Promise.all(Array.from({ length: 10 }, () => registerUser(worker.baseUrl, "load")))));
  }
}, 180_000);

afterAll(async () => {
  await worker?.stop();
});

async function inBatches<T>(count: number, batch: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i += batch) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(batch, count - i) }, (_, j) => make(i + j)))));
  }
  return out;
}

describe("1,000 concurrent TCP clients", () => {
  it("all authenticate, send, and receive every message of their conversation", { timeout: 180_000 }, async () => {
    const clients = await inBatches(USERS * DEVICES, 100, async (i) => {
      const user = users[Math.floor(i / DEVICES)]!;
      const device = `dev${i % DEVICES}`;
      const client = await TcpClient.connect(worker.tcpPort, { localAddress: `127.0.0.${10 + (i % ADDRESSES)}` });
      const ok = await client.auth(user.accessToken, device, 60_000);
      expect(ok.op).toBe("auth_ok");
      return { client, user, device, partner: users[Math.floor(i / DEVICES) ^ 1]! };
    });
    const metrics = await (await fetch(`${worker.adminUrl}/metrics`)).text();
    expect(metrics).toMatch(/^imbridge_connections_authenticated 1000$/m);

    // Everyone sends at once: one message per client, 20 per conversation.
    const acks = await Promise.all(
      clients.map(({ client, partner, device }) =>
        client.request("send", { to: partner.user.id, clientMsgId: `load-${device}`, type: "text", content: { text: `from ${device}` } }, 120_000),
      ),
    );
    for (const ack of acks) expect(ack.op).toBe("ack");

    // Each conversation holds seqs 1..20, exactly once each.
    const byConversation = new Map<string, number[]>();
    for (const ack of acks) {
      const { conversationId, seq } = ack.d as { conversationId: string; seq: number };
      byConversation.set(conversationId, [...(byConversation.get(conversationId) ?? []), seq]);
    }
    expect(byConversation.size).toBe(USERS / 2);
    for (const seqs of byConversation.values()) expect(seqs.sort((a, b) => a - b)).toEqual(Array.from({ length: 2 * DEVICES }, (_, i) => i + 1));

    // Every client receives the 19 messages of its conversation it did not send, once each.
    const expected = 2 * DEVICES - 1;
    const deadline = Date.now() + 120_000;
    while (clients.some(({ client }) => client.seen("message").length < expected) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const { client } of clients) {
      const seqs = client.seen("message").map((p) => (p.d as { seq: number }).seq);
      expect(seqs).toHaveLength(expected);
      expect(new Set(seqs).size).toBe(expected);
      expect(client.closed).toBeUndefined();
    }
    await Promise.all(clients.map(({ client }) => client.close()));
  });
});
