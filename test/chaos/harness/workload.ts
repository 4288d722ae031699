/**
 * The chaos workload: N clients (WebSocket JSON, WebSocket binary, TCP through a bridge
 * whose upstream runs through a chaos proxy, and HTTP sends) chat over 1:1 conversations
 * while faults are injected; then quiescence, the server's logs and indexes are read, and
 * the history checker judges the whole run. Every random choice comes from the seed.
 *
 * Groups plug in through `GroupDriver` (the public contract of DESIGN §10): when the
 * server has groups, the workload creates groups, adds and removes members while messages
 * flow, and records `join`/`leave` so the checker applies the membership rule.
 */
import { directConversationId } from "../../../shared/ids.js";
import { checkHistory, type CheckResult } from "../checker/checker.js";
import { seenMessage, type SeenMessage, type SeenWire, type Transport } from "../checker/history.js";
import { ChaosClient, sleep, type Endpoints } from "./client.js";
import type { GroupDriver } from "./groups.js";
import { Recorder } from "./recorder.js";
import { Rng } from "./rng.js";

export type FaultKind = "drop" | "close" | "stall" | "abort_user" | "abort_conversation" | "upstream_drop" | "member_remove" | "member_add";

export const ALL_FAULTS: FaultKind[] = ["drop", "close", "stall", "abort_user", "abort_conversation", "upstream_drop"];

export interface WorkloadOptions {
  seed: number;
  label: string;
  durationMs: number;
  users: number;
  devicesPerUser: number;
  /** Think time of each client between steps, ms. */
  thinkMs: [number, number];
  /** Time between two faults, ms. */
  faultEveryMs: [number, number];
  faults: FaultKind[];
  httpShare: number;
  /** Queue first-delivery failure rate the server was started with (recorded as a fault). */
  queueFailureRate: number;
  /** Share of pushes the server drops on purpose (recorded as a fault). */
  pushDropRate: number;
  /** How long quiescence may take before the run fails (liveness), ms. */
  finishWithinMs: number;
  /** Groups to create (when the server has them: `groups` is the driver); 0 for none. */
  groupCount: number;
  groups?: GroupDriver | undefined;
}

export interface Target extends Endpoints {
  /** Drops every upstream connection of the bridge (the TCP clients' path). */
  dropUpstream(): void;
}

export interface Account {
  id: string;
  token: string;
}

export interface RunResult {
  seed: number;
  historyPath: string;
  check: CheckResult;
  /** Error codes clients got (expected: lost/unavailable/timeout under faults). */
  errorCodes: Record<string, number>;
  /** From the end of the chaos to every client holding every message. */
  finishMs: number;
  /** From the end of the chaos to every user's index matching the logs. */
  convergeMs: number;
  clients: number;
  transports: Record<string, number>;
  /** Groups in the run (0 when the server has no groups feature). */
  groups: number;
  /** Group objects reset by the abort fault. */
  groupResets: number;
}

/** Error codes a client may legitimately see while faults are injected. */
export const EXPECTED_CODES = new Set([
  "lost",
  "unavailable",
  "timeout",
  "http:unavailable",
  "http:timeout",
  "http_503",
  "http_502",
  // A history page refused while its conversation object was being reset: pulled again.
  "history:unavailable",
  "history:timeout",
  // The per-user HTTP-send throttle is a Rate Limiting binding ([[ratelimits]]), which vars
  // cannot lift; a client flushing its outbox over HTTP may meet it, and retries later.
  "http:rate_limited",
]);
/** And with group membership churn: a removed member's sends and reads are refused. */
export const EXPECTED_GROUP_CODES = new Set(["forbidden", "http:forbidden", "history:forbidden"]);

/**
 * `wrangler dev`'s proxy sometimes answers 503 "Your worker restarted mid-request", or drops
 * the connection, when its hop to workerd breaks under load (a local-dev artifact,
 * workers-sdk#14641); the request may or may not have run. The harness's own calls retry
 * it, as a client would.
 */
export async function devFetch(url: string, init: RequestInit = {}): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(url, init);
    } catch (err) {
      // The proxy dropped the connection ("other side closed"): the same transient, retried.
      if (attempt >= 8) throw err;
      await sleep(100 * attempt);
      continue;
    }
    if (res.status !== 503 || attempt >= 8) return res;
    const text = await res.clone().text();
    if (!text.startsWith("Your worker restarted")) return res;
    await sleep(100 * attempt);
  }
}

export async function register(baseUrl: string, username: string): Promise<Account> {
  const credentials = JSON.stringify({ username, password: "chaos horse battery" });
  const post = (path: string) => devFetch(`${baseUrl}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: credentials });
  let res = await post("/v1/auth/register");
  // A retried registration that had gone through the first time: sign in instead.
  if (res.status === 409) res = await post("/v1/auth/login");
  const body = (await res.json()) as { user?: { id: string }; accessToken?: string };
  if ((res.status !== 201 && res.status !== 200) || !body.user || !body.accessToken) throw new Error(`register ${username}: ${res.status} ${JSON.stringify(body)}`);
  return { id: body.user.id, token: body.accessToken };
}

export const directId = directConversationId;

/** Every message of a conversation as the server holds it, paged by seq. */
export async function readLog(baseUrl: string, token: string, conv: string) {
  const out: SeenMessage[] = [];
  for (;;) {
    const after = out.length ? out[out.length - 1]!.seq : 0;
    const res = await devFetch(`${baseUrl}/v1/conversations/${encodeURIComponent(conv)}/messages?afterSeq=${after}&limit=500`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`history of ${conv}: ${res.status}`);
    const page = (await res.json()) as { messages: SeenWire[]; hasMore: boolean };
    for (const m of page.messages) out.push(seenMessage(m));
    if (!page.hasMore || page.messages.length === 0) return out;
  }
}

export async function readIndex(baseUrl: string, token: string) {
  const res = await devFetch(`${baseUrl}/v1/conversations?limit=200`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`conversations: ${res.status}`);
  return ((await res.json()) as { conversations: Array<{ conversationId: string; lastSeq?: number; readSeq?: number; unread?: number }> }).conversations;
}

async function abortObject(baseUrl: string, kind: "user" | "conversation" | "group", name: string): Promise<string> {
  const res = await devFetch(`${baseUrl}/__test/abort`, { method: "POST", body: JSON.stringify({ kind, name }) });
  if (res.status !== 200) throw new Error(`test hook refused (${res.status}): ${(await res.text()).slice(0, 300)}`);
  return ((await res.json()) as { outcome: string }).outcome;
}

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export async function runWorkload(target: Target, o: WorkloadOptions): Promise<RunResult> {
  const rng = new Rng(o.seed);
  const rec = new Recorder();
  const tag = `${o.label}${o.seed.toString(36)}`.slice(0, 20);

  // Users and their 1:1 conversations: a ring plus chords, so every user has 2-3 peers.
  const accounts: Account[] = [];
  for (let i = 0; i < o.users; i += 8) {
    accounts.push(...(await Promise.all(Array.from({ length: Math.min(8, o.users - i) }, (_, j) => register(target.baseUrl, `${tag}_${i + j}`)))));
  }
  const pairs = new Set<string>();
  for (let i = 0; i < o.users; i++) {
    pairs.add(directId(accounts[i]!.id, accounts[(i + 1) % o.users]!.id));
    if (i % 2 === 0 && o.users > 3) pairs.add(directId(accounts[i]!.id, accounts[(i + 2) % o.users]!.id));
  }
  const conversations = [...pairs];
  for (const conv of conversations) {
    const [, a, b] = conv.split(":") as [string, string, string];
    rec.add({ type: "conversation", conv, kind: "direct", members: [a, b] });
  }
  // Groups (when the server has them): an owner and three members each; membership changes
  // during the run are recorded as join/leave for the checker's membership rule.
  interface Group {
    conv: string;
    owner: Account;
    members: Set<string>;
    removed: Set<string>;
  }
  const groups: Group[] = [];
  let groupResets = 0;
  if (o.groups && o.groupCount > 0) {
    for (let g = 0; g < o.groupCount; g++) {
      const owner = accounts[g % o.users]!;
      const members = [1, 2, 3].map((k) => accounts[(g + k) % o.users]!.id).filter((id) => id !== owner.id);
      const conv = await o.groups.create(owner.token, `chaos ${tag} ${g}`, members);
      groups.push({ conv, owner, members: new Set([owner.id, ...members]), removed: new Set() });
      rec.add({ type: "conversation", conv, kind: "group", members: [owner.id, ...members] });
    }
  }
  const convsOf = (userId: string) => [...conversations.filter((c) => c.split(":").includes(userId)), ...groups.filter((g) => g.members.has(userId)).map((g) => g.conv)];

  const transports: Array<Exclude<Transport, "http">> = ["ws-json", "ws-binary", "tcp"];
  const clients: ChaosClient[] = [];
  accounts.forEach((acc, u) => {
    for (let d = 0; d < o.devicesPerUser; d++) {
      const n = u * o.devicesPerUser + d;
      const id = `u${u}d${d}`;
      clients.push(
        new ChaosClient(
          { id, userId: acc.id, token: acc.token, deviceId: `dev${d}`, transport: transports[n % transports.length]!, httpShare: o.httpShare, conversations: convsOf(acc.id) },
          target,
          rng.fork(id),
          rec,
        ),
      );
    }
  });
  try {
    return await drive();
  } finally {
    // Also when the run fails: no client may keep reconnecting after the test.
    for (const c of clients) c.close();
  }

  async function drive(): Promise<RunResult> {
    await Promise.all(clients.map((c) => c.connect()));
    rec.add({ type: "fault", kind: "queue_first_delivery_failures", detail: `rate ${o.queueFailureRate}` });
    rec.add({ type: "fault", kind: "push_drops", detail: `rate ${o.pushDropRate}` });

    const end = Date.now() + o.durationMs;
    const workers = clients.map(async (c) => {
      const r = rng.fork(`think-${c.spec.id}`);
      while (Date.now() < end) {
        c.tick();
        await sleep(r.int(o.thinkMs[0], o.thinkMs[1]));
      }
    });
    const faultRng = rng.fork("faults");
    const stalls: Promise<void>[] = [];
    let round: FaultKind[] = [];
    const injector = (async () => {
      while (Date.now() < end && o.faults.length > 0) {
        await sleep(faultRng.int(o.faultEveryMs[0], o.faultEveryMs[1]));
        if (Date.now() >= end) break;
        // Every kind once per round, in a seeded order: even a short run injects each of them.
        if (round.length === 0) round = shuffle(faultRng, o.faults);
        const kind = round.pop()!;
        const client = faultRng.pick(clients);
        let detail = "";
        switch (kind) {
          case "drop":
            detail = client.connId;
            client.conn?.terminate();
            break;
          case "close":
            detail = client.connId;
            client.conn?.close();
            break;
          case "stall": {
            const ms = faultRng.int(300, 2_500);
            detail = `${client.connId} ${ms} ms`;
            stalls.push(client.stall(ms));
            break;
          }
          case "abort_user":
            detail = `${client.spec.userId}: ${await abortObject(target.baseUrl, "user", client.spec.userId)}`;
            break;
          case "abort_conversation": {
            // Groups' objects are reset too (the GroupDO owns a group's log and fan-out).
            // The first reset of a run with groups is a group's, so every such run has one.
            const conv = groups.length && groupResets === 0 ? faultRng.pick(groups).conv : faultRng.pick([...conversations, ...groups.map((g) => g.conv)]);
            const isGroup = conv.startsWith("g:");
            const outcome = await abortObject(target.baseUrl, isGroup ? "group" : "conversation", conv);
            if (isGroup && outcome === "aborted") groupResets++;
            detail = `${conv}: ${outcome}`;
            break;
          }
          case "upstream_drop":
            detail = "bridge upstream";
            target.dropUpstream();
            break;
          case "member_remove": {
            const g = groups.length ? faultRng.pick(groups) : undefined;
            const victim = g ? faultRng.pick([...g.members].filter((u) => u !== g.owner.id).concat([""])) : "";
            if (!g || !victim) continue;
            const t0 = rec.now();
            await o.groups!.remove(g.owner.token, g.conv, victim);
            rec.add({ type: "leave", conv: g.conv, user: victim, t0, t1: rec.now() });
            g.members.delete(victim);
            g.removed.add(victim);
            detail = `${victim} from ${g.conv}`;
            break;
          }
          case "member_add": {
            const g = groups.length ? faultRng.pick(groups) : undefined;
            const candidates = g ? accounts.map((a) => a.id).filter((u) => !g.members.has(u) && !g.removed.has(u)) : [];
            if (!g || candidates.length === 0) continue;
            const joiner = faultRng.pick(candidates);
            const t0 = rec.now();
            await o.groups!.add(g.owner.token, g.conv, [joiner]);
            rec.add({ type: "join", conv: g.conv, user: joiner, t0, t1: rec.now() });
            g.members.add(joiner);
            for (const c of clients.filter((c) => c.spec.userId === joiner)) c.addConversation(g.conv);
            detail = `${joiner} to ${g.conv}`;
            break;
          }
        }
        rec.add({ type: "fault", kind, detail });
      }
    })();
    await Promise.all([...workers, injector]);
    await Promise.all(stalls);

    // Quiescence: every client resends until acked and pulls everything (liveness, C9).
    const quiet = Date.now();
    await Promise.all(clients.map((c) => c.drain(quiet + o.finishWithinMs)));
    await Promise.all(clients.map((c) => c.catchUpAll(quiet + o.finishWithinMs)));
    const finishMs = Date.now() - quiet;

    // The server's truth: each log, read by a member; each user's index once it caught up.
    const member = (conv: string) => groups.find((g) => g.conv === conv)?.owner ?? accounts.find((a) => conv.split(":").includes(a.id))!;
    const logs = new Map<string, number>();
    for (const conv of [...conversations, ...groups.map((g) => g.conv)]) {
      const messages = await readLog(target.baseUrl, member(conv).token, conv);
      logs.set(conv, messages.length);
      rec.add({ type: "server_log", conv, messages });
    }
    let indexes: Array<{ acc: Account; rows: Awaited<ReturnType<typeof readIndex>> }> = [];
    const converged = () => indexes.every(({ acc, rows }) => convsOf(acc.id).every((c) => rows.find((r) => r.conversationId === c)?.lastSeq === logs.get(c)));
    for (;;) {
      indexes = await Promise.all(accounts.map(async (acc) => ({ acc, rows: await readIndex(target.baseUrl, acc.token) })));
      if (converged() || Date.now() - quiet > o.finishWithinMs) break;
      await sleep(200);
    }
    const convergeMs = Date.now() - quiet;
    for (const { acc, rows } of indexes) {
      for (const r of rows) rec.add({ type: "index", user: acc.id, conv: r.conversationId, lastSeq: r.lastSeq ?? 0, readSeq: r.readSeq ?? 0, unread: r.unread ?? 0 });
    }
    for (const c of clients) c.close();

    const errorCodes: Record<string, number> = {};
    for (const c of clients) for (const [code, n] of c.errorCodes) errorCodes[code] = (errorCodes[code] ?? 0) + n;
    const counts: Record<string, number> = {};
    for (const c of clients) counts[c.spec.transport] = (counts[c.spec.transport] ?? 0) + 1;
    const historyPath = rec.save(`${o.label}-${o.seed}`);
    return { seed: o.seed, historyPath, check: checkHistory(rec.records), errorCodes, finishMs, convergeMs, clients: clients.length, transports: counts, groups: groups.length, groupResets };
  }
}
