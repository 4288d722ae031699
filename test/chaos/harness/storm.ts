/**
 * Reconnect storm (LOAD-03 with DO-02): many clients are connected when the whole server
 * is killed (`kill -9` of wrangler dev: every object dies at once, storage survives on
 * disk) and restarted on the same port and state directory. Clients reconnect with
 * full-jitter backoff, resend what they wrote while it was down, and catch up; the history
 * checker then judges every message (acked before the kill, written during the outage,
 * sent after).
 */
import { checkHistory, type CheckResult } from "../checker/checker.js";
import { ChaosClient, sleep, type Endpoints } from "./client.js";
import { Recorder } from "./recorder.js";
import { Rng } from "./rng.js";
import { directId, readIndex, readLog, register, type Account } from "./workload.js";

export interface StormOptions {
  seed: number;
  users: number;
  devicesPerUser: number;
  backoff: { baseMs: number; capMs: number };
  /** Kills the server; resolves once it is down. */
  kill(): Promise<void>;
  /** Restarts it on the same port and state; resolves once it answers. */
  restart(): Promise<void>;
  /** Liveness bound after the restart, ms. */
  reconnectWithinMs: number;
}

export interface StormResult {
  clients: number;
  connectMs: number;
  downMs: number;
  /** From the first client back to the last client back (the herd, once the server answers). */
  reconnectMs: number;
  /** The largest share of clients that attempted a connection within any one second from the kill on. */
  peakAttemptShare: number;
  /** Connection attempts from the kill until everyone was back (refused ones included). */
  attemptsDuringOutage: number;
  historyPath: string;
  check: CheckResult;
}

export async function runStorm(ep: Endpoints, o: StormOptions): Promise<StormResult> {
  const rng = new Rng(o.seed);
  const rec = new Recorder();
  const accounts: Account[] = [];
  for (let i = 0; i < o.users; i += 10) {
    accounts.push(...(await Promise.all(Array.from({ length: Math.min(10, o.users - i) }, (_, j) => register(ep.baseUrl, `st${o.seed.toString(36)}_${i + j}`)))));
  }
  // Partners in pairs: one conversation per pair, every device of both users in it.
  const convOf = (u: number) => directId(accounts[u]!.id, accounts[u ^ 1]!.id);
  const conversations = [...new Set(accounts.map((_, u) => convOf(u)))];
  for (const conv of conversations) rec.add({ type: "conversation", conv, kind: "direct", members: conv.split(":").slice(1) });
  const clients: ChaosClient[] = [];
  accounts.forEach((acc, u) => {
    for (let d = 0; d < o.devicesPerUser; d++) {
      const id = `s${u}d${d}`;
      const transport = (u + d) % 2 === 0 ? "ws-json" : "ws-binary";
      clients.push(new ChaosClient({ id, userId: acc.id, token: acc.token, deviceId: `dev${d}`, transport, httpShare: 0, conversations: [convOf(u)], backoff: o.backoff }, ep, rng.fork(id), rec));
    }
  });

  try {
    return await drive();
  } finally {
    // Also when the run fails: no client may keep reconnecting after the test.
    for (const c of clients) c.close();
  }

  async function drive(): Promise<StormResult> {
    const t0 = Date.now();
    for (let i = 0; i < clients.length; i += 100) await Promise.all(clients.slice(i, i + 100).map((c) => c.connect()));
    const connectMs = Date.now() - t0;

    // Before the kill: device 0 of every user sends and is acked.
    const byDevice = (d: number) => clients.filter((c) => c.spec.deviceId === `dev${d}`);
    for (const c of byDevice(0)) c.write(c.spec.conversations[0]!);
    const acked = Date.now() + 30_000;
    while (byDevice(0).some((c) => c.unacked > 0)) {
      if (Date.now() > acked) throw new Error("sends before the kill were not acked");
      await sleep(50);
    }

    const down = Date.now();
    await o.kill();
    rec.add({ type: "fault", kind: "kill_server", detail: `${clients.length} clients connected` });
    // While it is down, device 1 of every user writes a message (it waits in the outbox).
    for (const c of byDevice(1)) c.write(c.spec.conversations[0]!);
    await o.restart();
    const up = Date.now();
    rec.add({ type: "fault", kind: "restart_server", detail: `down ${up - down} ms` });

    while (clients.some((c) => !c.conn)) {
      if (Date.now() - up > o.reconnectWithinMs) throw new Error(`${clients.filter((c) => !c.conn).length} clients still disconnected ${o.reconnectWithinMs} ms after the restart`);
      await sleep(50);
    }
    const back = clients.map((c) => c.connectedAt.find((t) => t >= down)!);
    const reconnectMs = Math.max(...back) - Math.min(...back);
    const windows = new Map<number, Set<string>>();
    let attemptsDuringOutage = 0;
    for (const c of clients) {
      for (const at of c.attempts.filter((a) => a >= down)) {
        attemptsDuringOutage++;
        const w = Math.floor((at - down) / 1000);
        const set = windows.get(w) ?? new Set<string>();
        set.add(c.spec.id);
        windows.set(w, set);
      }
    }
    const peakAttemptShare = Math.max(0, ...[...windows.values()].map((s) => s.size / clients.length));

    // After: device 2 sends; then everyone finishes and the checker judges the whole run.
    for (const c of byDevice(2)) c.write(c.spec.conversations[0]!);
    const quiet = Date.now();
    await Promise.all(clients.map((c) => c.drain(quiet + o.reconnectWithinMs)));
    await Promise.all(clients.map((c) => c.catchUpAll(quiet + o.reconnectWithinMs)));
    const logLength = new Map<string, number>();
    for (const conv of conversations) {
      const member = accounts.find((a) => conv.includes(a.id))!;
      const messages = await readLog(ep.baseUrl, member.token, conv);
      logLength.set(conv, messages.length);
      rec.add({ type: "server_log", conv, messages });
    }
    // Each user's index, once it caught up with the log (deliveries retried from alarms after the restart).
    const deadline = Date.now() + 30_000;
    for (const [u, acc] of accounts.entries()) {
      let rows = await readIndex(ep.baseUrl, acc.token);
      while (rows.find((r) => r.conversationId === convOf(u))?.lastSeq !== logLength.get(convOf(u)) && Date.now() < deadline) {
        await sleep(200);
        rows = await readIndex(ep.baseUrl, acc.token);
      }
      for (const r of rows) rec.add({ type: "index", user: acc.id, conv: r.conversationId, lastSeq: r.lastSeq ?? 0, readSeq: r.readSeq ?? 0, unread: r.unread ?? 0 });
    }
    for (const c of clients) c.close();
    const historyPath = rec.save(`storm-${o.seed}`);
    return { clients: clients.length, connectMs, downMs: up - down, reconnectMs, peakAttemptShare, attemptsDuringOutage, historyPath, check: checkHistory(rec.records) };
  }
}
