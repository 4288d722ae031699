/**
 * The history checker: reads what every client invoked, was acked, was pushed and read,
 * plus the server's final logs and indexes, and reports every anomaly. Pure: no I/O, no
 * clock. The checks (ids as in docs/reliability.md):
 *
 * - C1 `lost_ack`: an acked message is missing from the server log (or sits at another seq).
 * - C2 `log_not_dense` / `log_duplicate`: the log's seqs are not exactly 1..N, or a message id
 *   or a (sender, clientMsgId) appears twice.
 * - C2 `ack_mismatch` / `double_store`: acks for one clientMsgId disagree (a resend did not
 *   return the original ids), or more than one ack says "stored fresh".
 * - C3 `push_reorder`: one connection got a conversation's pushes out of seq order.
 * - C3/C1 `missing`: a client that finished its final catch-up lacks a message it was
 *   entitled to (a gap it never filled by sync or history).
 * - C5 `fifo`: two first attempts from one connection to one conversation were stored in the
 *   opposite order (with no failure of that connection's sends in between).
 * - C6 `divergence`: a client saw (conversation, seq) as another message than the log holds.
 * - C7 `phantom`: a message nobody sent, or with other text than was sent (a group's
 *   membership entries are the server's own: they must come from `system`, and are not
 *   owed as client messages).
 * - membership `after_leave` / `non_member`: a user received a message stored while they
 *   were surely not a member.
 * - C8 `unread`: unread ≠ lastSeq − readSeq − the server's own entries in between (they
 *   never count as unread; one recording a change a user made is that user's own), a
 *   lastSeq behind the log, a read position
 *   below the user's own last message or beyond any read mark they made.
 *
 * Membership is judged in real time, as Jepsen does: a message is *owed* to a member when its
 * first send was invoked after their join completed and it was acked before their leave was
 * invoked; it is *forbidden* when it was first invoked after their leave completed (and
 * acked before any re-join was invoked), and to a user who was never a member at all.
 * Messages racing a change are owed nothing; messages from before a user's first join are
 * neither owed nor forbidden (history visibility for new members is the group's policy).
 */
import type { HistoryRecord, SeenMessage } from "./history.js";

export type CheckId =
  | "lost_ack"
  | "log_not_dense"
  | "log_duplicate"
  | "ack_mismatch"
  | "double_store"
  | "push_reorder"
  | "missing"
  | "fifo"
  | "divergence"
  | "phantom"
  | "after_leave"
  | "non_member"
  | "unread";

export interface Anomaly {
  check: CheckId;
  conv?: string;
  client?: string;
  detail: string;
}

export interface CheckStats {
  conversations: number;
  messages: number;
  invokes: number;
  resends: number;
  acks: number;
  duplicateAcks: number;
  sendFailures: number;
  pushes: number;
  /** Pushes of a (conversation, seq) a client already had: allowed (at least once), counted. */
  rawDuplicatePushes: number;
  historyReads: number;
  gapsFilled: number;
  reads: number;
  connections: number;
  faults: Record<string, number>;
}

export interface CheckResult {
  anomalies: Anomaly[];
  stats: CheckStats;
}

type Key = string;
const msgKey = (conv: string, sender: string, cmid: string): Key => `${conv}\u0000${sender}\u0000${cmid}`;

interface Invoked {
  firstInvoke: number;
  text: string;
  sender: string;
}

interface Interval {
  from: number;
  to: number;
}

/** Real-time membership of one user in one conversation. */
interface Membership {
  /** Surely a member from `from` (join completed) until `to` (leave invoked). */
  member: Interval[];
  /** Surely not a member from `from` (leave completed) until `to` (next join invoked). */
  outside: Interval[];
}

const MAX_LISTED = 8;
const list = (xs: number[]) => (xs.length > MAX_LISTED ? `${xs.slice(0, MAX_LISTED).join(", ")}, … (${xs.length})` : xs.join(", "));

export function checkHistory(records: HistoryRecord[]): CheckResult {
  const anomalies: Anomaly[] = [];
  const report = (a: Anomaly) => anomalies.push(a);
  const stats: CheckStats = {
    conversations: 0,
    messages: 0,
    invokes: 0,
    resends: 0,
    acks: 0,
    duplicateAcks: 0,
    sendFailures: 0,
    pushes: 0,
    rawDuplicatePushes: 0,
    historyReads: 0,
    gapsFilled: 0,
    reads: 0,
    connections: 0,
    faults: {},
  };

  const sorted = [...records].sort((a, b) => a.t - b.t);
  const invoked = new Map<Key, Invoked>();
  const acksByKey = new Map<Key, Array<Extract<HistoryRecord, { type: "ack" }>>>();
  const firstAckAt = new Map<Key, number>();
  const logs = new Map<string, SeenMessage[]>();
  const kinds = new Map<string, { kind: "direct" | "group"; members: string[] }>();
  const changes = new Map<string, Array<Extract<HistoryRecord, { type: "join" | "leave" }>>>();
  const userOf = new Map<string, string>();
  const finals = new Set<string>();
  const received = new Map<string, Map<string, Map<number, SeenMessage>>>(); // client → conv → seq → msg
  const users = new Set<string>();
  /** Adds a message to a client's received set; false when it already had that seq. */
  const saw = (client: string, conv: string, m: SeenMessage): boolean => {
    let byConv = received.get(client);
    if (!byConv) received.set(client, (byConv = new Map()));
    let bySeq = byConv.get(conv);
    if (!bySeq) byConv.set(conv, (bySeq = new Map()));
    if (bySeq.has(m.seq)) return false;
    bySeq.set(m.seq, m);
    return true;
  };

  for (const r of sorted) {
    switch (r.type) {
      case "connect":
        stats.connections++;
        userOf.set(r.client, r.user);
        users.add(r.user);
        break;
      case "invoke": {
        stats.invokes++;
        if (r.attempt > 1) stats.resends++;
        userOf.set(r.client, r.user);
        users.add(r.user);
        const key = msgKey(r.conv, r.user, r.cmid);
        if (!invoked.has(key)) invoked.set(key, { firstInvoke: r.t, text: r.text, sender: r.user });
        break;
      }
      case "ack": {
        stats.acks++;
        if (r.duplicate) stats.duplicateAcks++;
        const user = userOf.get(r.client) ?? "?";
        const key = msgKey(r.conv, user, r.cmid);
        const list = acksByKey.get(key) ?? [];
        list.push(r);
        acksByKey.set(key, list);
        if (!firstAckAt.has(key)) firstAckAt.set(key, r.t);
        // The sending device holds its own message from the ack (it gets no push of it).
        saw(r.client, r.conv, { seq: r.seq, msgId: r.msgId, sender: user, cmid: r.cmid });
        break;
      }
      case "send_fail":
        stats.sendFailures++;
        break;
      case "push":
      case "history": {
        const msgs = r.type === "push" ? [r.msg] : r.messages;
        if (r.type === "push") stats.pushes++;
        else stats.historyReads++;
        for (const m of msgs) if (!saw(r.client, r.conv, m) && r.type === "push") stats.rawDuplicatePushes++;
        break;
      }
      case "read":
        stats.reads++;
        break;
      case "join":
      case "leave": {
        const list = changes.get(r.conv) ?? [];
        list.push(r);
        changes.set(r.conv, list);
        users.add(r.user);
        break;
      }
      case "fault":
        stats.faults[r.kind] = (stats.faults[r.kind] ?? 0) + 1;
        break;
      case "final":
        finals.add(r.client);
        userOf.set(r.client, r.user);
        break;
      case "conversation":
        kinds.set(r.conv, { kind: r.kind, members: r.members });
        for (const u of r.members) users.add(u);
        break;
      case "server_log":
        logs.set(r.conv, [...r.messages].sort((a, b) => a.seq - b.seq));
        break;
      case "index":
        break;
    }
  }
  stats.conversations = logs.size;

  // C2: the log itself. seq → message, and the (sender, clientMsgId) → message index.
  const logBySeq = new Map<string, Map<number, SeenMessage>>();
  const logByKey = new Map<Key, SeenMessage>();
  for (const [conv, messages] of logs) {
    stats.messages += messages.length;
    const bySeq = new Map<number, SeenMessage>();
    const ids = new Set<string>();
    const holes: number[] = [];
    messages.forEach((m, i) => {
      if (bySeq.has(m.seq)) report({ check: "log_duplicate", conv, detail: `seq ${m.seq} appears twice in the log` });
      bySeq.set(m.seq, m);
      if (m.seq !== i + 1 && !holes.length) holes.push(i + 1);
      if (ids.has(m.msgId)) report({ check: "log_duplicate", conv, detail: `message id ${m.msgId} appears twice (seq ${m.seq})` });
      ids.add(m.msgId);
      const key = msgKey(conv, m.sender, m.cmid);
      const other = logByKey.get(key);
      if (other) report({ check: "log_duplicate", conv, detail: `clientMsgId ${m.cmid} of ${m.sender} stored twice: seq ${other.seq} and ${m.seq}` });
      else logByKey.set(key, m);
      // C7: every stored message was sent by a client, with that text; membership entries
      // are the server's, and only the server may author them.
      if (m.system) {
        if (m.sender !== "system") report({ check: "phantom", conv, detail: `seq ${m.seq} is a system entry attributed to ${m.sender}` });
        return;
      }
      const sent = invoked.get(key);
      if (!sent) report({ check: "phantom", conv, detail: `seq ${m.seq} (${m.cmid} from ${m.sender}) was never sent` });
      else if (m.text !== undefined && m.text !== sent.text) report({ check: "phantom", conv, detail: `seq ${m.seq} holds other text than was sent` });
    });
    if (holes.length) report({ check: "log_not_dense", conv, detail: `seqs are not 1..${messages.length}: first mismatch at position ${holes[0]}` });
    logBySeq.set(conv, bySeq);
  }

  // C1 and idempotency: every ack is in the log; all acks of one clientMsgId agree.
  for (const [key, acks] of acksByKey) {
    const [conv] = key.split("\u0000") as [string];
    const first = acks[0]!;
    const stored = logByKey.get(key);
    if (!logs.has(conv)) continue;
    if (!stored || stored.seq !== first.seq || stored.msgId !== first.msgId) {
      report({ check: "lost_ack", conv, client: first.client, detail: `acked ${first.cmid} as seq ${first.seq} (${first.msgId}); the log has ${stored ? `seq ${stored.seq} (${stored.msgId})` : "nothing"}` });
    }
    for (const a of acks.slice(1)) {
      if (a.seq !== first.seq || a.msgId !== first.msgId) {
        report({ check: "ack_mismatch", conv, client: a.client, detail: `${a.cmid}: attempt ${a.attempt} acked seq ${a.seq} (${a.msgId}), earlier seq ${first.seq} (${first.msgId})` });
      }
    }
    const fresh = acks.filter((a) => !a.duplicate);
    if (fresh.length > 1) report({ check: "double_store", conv, client: first.client, detail: `${first.cmid} was acked as newly stored ${fresh.length} times` });
  }

  // C6 and C7 on what clients saw: each (conv, seq) is the log's message.
  for (const [client, byConv] of received) {
    for (const [conv, bySeq] of byConv) {
      const log = logBySeq.get(conv);
      if (!log) continue;
      for (const m of bySeq.values()) {
        const stored = log.get(m.seq);
        if (!stored) report({ check: "phantom", conv, client, detail: `saw seq ${m.seq} (${m.msgId}) beyond the log's end` });
        else if (stored.msgId !== m.msgId || stored.sender !== m.sender || stored.cmid !== m.cmid) {
          report({ check: "divergence", conv, client, detail: `saw seq ${m.seq} as ${m.msgId}; the log has ${stored.msgId}` });
        } else if (m.text !== undefined && stored.text !== undefined && m.text !== stored.text) {
          report({ check: "divergence", conv, client, detail: `saw seq ${m.seq} with other text than the log` });
        }
      }
    }
  }

  // C3: pushes on one connection arrive in seq order; gaps are counted when later filled.
  const lastPush = new Map<string, number>();
  const frontier = new Map<string, number>();
  for (const r of sorted) {
    if (r.type === "push") {
      const k = `${r.conn}\u0000${r.conv}`;
      const prev = lastPush.get(k);
      if (prev !== undefined && r.msg.seq < prev) report({ check: "push_reorder", conv: r.conv, client: r.client, detail: `connection ${r.conn} got seq ${r.msg.seq} after ${prev}` });
      lastPush.set(k, Math.max(prev ?? 0, r.msg.seq));
      const f = `${r.client}\u0000${r.conv}`;
      const at = frontier.get(f) ?? 0;
      if (r.msg.seq > at + 1) stats.gapsFilled++;
      frontier.set(f, Math.max(at, r.msg.seq));
    } else if (r.type === "history" && r.messages.length > 0) {
      const f = `${r.client}\u0000${r.conv}`;
      frontier.set(f, Math.max(frontier.get(f) ?? 0, r.messages[r.messages.length - 1]!.seq));
    }
  }

  // C5: first attempts from one connection to one conversation keep their submit order.
  const fifoRuns = new Map<string, Array<{ t: number; cmid: string; kind: "invoke" | "fail" }>>();
  const firstAcks = new Map<string, number>(); // conn+conv+cmid → seq
  for (const r of sorted) {
    if (r.type === "invoke" && r.attempt === 1 && r.via !== "http") {
      const k = `${r.conn}\u0000${r.conv}`;
      const run = fifoRuns.get(k) ?? [];
      run.push({ t: r.t, cmid: r.cmid, kind: "invoke" });
      fifoRuns.set(k, run);
    } else if (r.type === "send_fail") {
      const k = `${r.conn}\u0000${r.conv}`;
      const run = fifoRuns.get(k) ?? [];
      run.push({ t: r.t, cmid: r.cmid, kind: "fail" });
      fifoRuns.set(k, run);
    } else if (r.type === "ack" && r.attempt === 1 && !r.duplicate) {
      firstAcks.set(`${r.conn}\u0000${r.conv}\u0000${r.cmid}`, r.seq);
    }
  }
  for (const [k, run] of fifoRuns) {
    const [conn, conv] = k.split("\u0000") as [string, string];
    let prevSeq = -1;
    let prevCmid = "";
    for (const step of run) {
      if (step.kind === "fail") {
        // A failure breaks the promise for what follows: the client resends in its own order.
        prevSeq = -1;
        continue;
      }
      const seq = firstAcks.get(`${conn}\u0000${conv}\u0000${step.cmid}`);
      if (seq === undefined) continue;
      if (seq < prevSeq) report({ check: "fifo", conv, detail: `connection ${conn}: ${step.cmid} (seq ${seq}) was sent after ${prevCmid} (seq ${prevSeq})` });
      prevSeq = seq;
      prevCmid = step.cmid;
    }
  }

  // Membership in real time, per conversation and user.
  const membership = (conv: string, user: string): Membership => {
    const initial = kinds.get(conv)?.members.includes(user) ?? false;
    const evs = (changes.get(conv) ?? []).filter((c) => c.user === user).sort((a, b) => a.t0 - b.t0);
    const member: Interval[] = [];
    const outside: Interval[] = [];
    let inside = initial;
    let since = -Infinity;
    // Before a first join nothing is owed and nothing forbidden (whether new members see
    // earlier history is the group's policy); after a leave, everything is forbidden.
    let left = false;
    for (const e of evs) {
      if (e.type === "join" && !inside) {
        if (left) outside.push({ from: since, to: e.t0 });
        inside = true;
        since = e.t1;
      } else if (e.type === "leave" && inside) {
        member.push({ from: since, to: e.t0 });
        inside = false;
        left = true;
        since = e.t1;
      }
    }
    if (inside) member.push({ from: since, to: Infinity });
    else if (left || evs.length === 0) outside.push({ from: since, to: Infinity });
    return { member, outside };
  };

  // Entitlement: owed messages must be in every finished client's set; forbidden ones never anywhere.
  for (const [conv, messages] of logs) {
    for (const user of users) {
      const m = membership(conv, user);
      const clients = [...userOf].filter(([, u]) => u === user).map(([c]) => c);
      const owed: number[] = [];
      for (const msg of messages) {
        const key = msgKey(conv, msg.sender, msg.cmid);
        const sent = invoked.get(key);
        if (!sent) continue;
        const storedMin = sent.firstInvoke;
        const storedMax = firstAckAt.get(key) ?? Infinity;
        const inWindow = (iv: Interval) => storedMin >= iv.from && storedMax <= iv.to;
        if (m.member.some(inWindow)) owed.push(msg.seq);
        else if (m.outside.some(inWindow)) {
          for (const client of clients) {
            if (received.get(client)?.get(conv)?.has(msg.seq)) {
              const everMember = m.member.length > 0;
              report({ check: everMember ? "after_leave" : "non_member", conv, client, detail: `received seq ${msg.seq}, stored while ${user} was not a member` });
            }
          }
        }
      }
      for (const client of clients) {
        if (!finals.has(client)) continue;
        const got = received.get(client)?.get(conv);
        const missing = owed.filter((s) => !got?.has(s));
        if (missing.length > 0) report({ check: "missing", conv, client, detail: `never received seqs ${list(missing)} (of ${messages.length})` });
      }
    }
  }

  // C8: unread = lastSeq − readSeq, the index caught up, read between own sends and read marks.
  const ownMax = new Map<string, number>();
  for (const [key, acks] of acksByKey) {
    const [conv, user] = key.split("\u0000") as [string, string];
    const k = `${user}\u0000${conv}`;
    ownMax.set(k, Math.max(ownMax.get(k) ?? 0, acks[0]!.seq));
  }
  // A system entry recording a change someone made is their own message (read for them),
  // and so is the entry that brought someone in: their read position starts there.
  for (const [conv, messages] of logs) {
    for (const m of messages) {
      if (!m.system) continue;
      for (const user of new Set([...(m.actor ? [m.actor] : []), ...(m.joined ?? [])])) {
        const k = `${user}\u0000${conv}`;
        ownMax.set(k, Math.max(ownMax.get(k) ?? 0, m.seq));
      }
    }
  }
  const marks = new Map<string, number>();
  for (const r of sorted) {
    if (r.type === "read") marks.set(`${r.user}\u0000${r.conv}`, Math.max(marks.get(`${r.user}\u0000${r.conv}`) ?? 0, r.seq));
  }
  for (const r of sorted) {
    if (r.type !== "index") continue;
    const k = `${r.user}\u0000${r.conv}`;
    const at = (d: string) => report({ check: "unread", conv: r.conv, detail: `${r.user}: ${d}` });
    const log = logs.get(r.conv);
    const silent = (log ?? []).filter((m) => m.system && m.seq > r.readSeq && m.seq <= r.lastSeq).length;
    if (r.unread !== Math.max(0, r.lastSeq - r.readSeq - silent)) at(`unread ${r.unread} but lastSeq ${r.lastSeq} − readSeq ${r.readSeq} − ${silent} system entries`);
    const stillMember = membership(r.conv, r.user).member.some((iv) => iv.to === Infinity);
    if (log && stillMember && r.lastSeq !== log.length) at(`index lastSeq ${r.lastSeq}, the log has ${log.length}`);
    const own = ownMax.get(k) ?? 0;
    if (r.readSeq < Math.min(own, r.lastSeq)) at(`readSeq ${r.readSeq} is below their own message at seq ${own}`);
    // A system entry right after the read position is passed over (nothing in it to read).
    let hi = Math.max(own, marks.get(k) ?? 0);
    const bySeq = logBySeq.get(r.conv);
    while (bySeq?.get(hi + 1)?.system) hi++;
    if (r.readSeq > hi) at(`readSeq ${r.readSeq} is beyond anything they sent (${own}) or marked read (${marks.get(k) ?? 0})`);
  }

  return { anomalies, stats };
}
