/**
 * The history checker on synthetic histories: a clean one passes, and each anomaly the
 * chaos suite looks for is planted once and must be reported under its check id.
 */
import { describe, expect, it } from "vitest";
import { checkHistory, type CheckId } from "./checker/checker.js";
import { parseHistory, toJsonl, type HistoryRecord, type SeenMessage } from "./checker/history.js";

const A = "userA";
const B = "userB";
const C = "userC";
const D = "d:userA:userB";
const G = "g:group1";

/** A small clean history: A and B exchange four messages in D; B reads up to 4. */
function clean(): HistoryRecord[] {
  const log: SeenMessage[] = [
    { seq: 1, msgId: "m1", sender: A, cmid: "a1", text: "hello" },
    { seq: 2, msgId: "m2", sender: B, cmid: "b1", text: "hi" },
    { seq: 3, msgId: "m3", sender: A, cmid: "a2", text: "how are you" },
    { seq: 4, msgId: "m4", sender: A, cmid: "a3", text: "?" },
  ];
  const r: HistoryRecord[] = [
    { t: 0, type: "conversation", conv: D, kind: "direct", members: [A, B] },
    { t: 1, type: "connect", client: "a", user: A, conn: "a#1", transport: "ws-json" },
    { t: 1, type: "connect", client: "b", user: B, conn: "b#1", transport: "tcp" },
    { t: 2, type: "invoke", client: "a", user: A, conn: "a#1", conv: D, cmid: "a1", text: "hello", attempt: 1, via: "ws-json" },
    { t: 3, type: "ack", client: "a", conn: "a#1", conv: D, cmid: "a1", seq: 1, msgId: "m1", duplicate: false, attempt: 1 },
    { t: 4, type: "push", client: "b", conn: "b#1", conv: D, msg: log[0]! },
    { t: 5, type: "invoke", client: "b", user: B, conn: "b#1", conv: D, cmid: "b1", text: "hi", attempt: 1, via: "tcp" },
    { t: 6, type: "ack", client: "b", conn: "b#1", conv: D, cmid: "b1", seq: 2, msgId: "m2", duplicate: false, attempt: 1 },
    { t: 7, type: "push", client: "a", conn: "a#1", conv: D, msg: log[1]! },
    { t: 8, type: "invoke", client: "a", user: A, conn: "a#1", conv: D, cmid: "a2", text: "how are you", attempt: 1, via: "ws-json" },
    { t: 8, type: "invoke", client: "a", user: A, conn: "a#1", conv: D, cmid: "a3", text: "?", attempt: 1, via: "ws-json" },
    { t: 9, type: "ack", client: "a", conn: "a#1", conv: D, cmid: "a2", seq: 3, msgId: "m3", duplicate: false, attempt: 1 },
    { t: 9, type: "ack", client: "a", conn: "a#1", conv: D, cmid: "a3", seq: 4, msgId: "m4", duplicate: false, attempt: 1 },
    // B's socket drops before seq 3 and 4 arrive; it reconnects and pulls them by history.
    { t: 10, type: "disconnect", client: "b", conn: "b#1", reason: "fault" },
    { t: 11, type: "connect", client: "b", user: B, conn: "b#2", transport: "tcp" },
    { t: 12, type: "history", client: "b", conn: "b#2", conv: D, afterSeq: 2, messages: [log[2]!, log[3]!], lastSeq: 4 },
    { t: 13, type: "read", client: "b", user: B, conv: D, seq: 4, outcome: "ok" },
    // A resends a3 after a doubt: the original ids come back, flagged duplicate.
    { t: 14, type: "invoke", client: "a", user: A, conn: "a#1", conv: D, cmid: "a3", text: "?", attempt: 2, via: "http" },
    { t: 15, type: "ack", client: "a", conn: "a#1", conv: D, cmid: "a3", seq: 4, msgId: "m4", duplicate: true, attempt: 2 },
    { t: 16, type: "history", client: "a", conn: "a#1", conv: D, afterSeq: 2, messages: [log[2]!, log[3]!], lastSeq: 4 },
    { t: 17, type: "final", client: "a", user: A },
    { t: 17, type: "final", client: "b", user: B },
    { t: 18, type: "server_log", conv: D, messages: log },
    { t: 19, type: "index", user: A, conv: D, lastSeq: 4, readSeq: 4, unread: 0 },
    { t: 19, type: "index", user: B, conv: D, lastSeq: 4, readSeq: 4, unread: 0 },
    { t: 20, type: "fault", kind: "socket_drop", detail: "b#1" },
  ];
  return r;
}

const checks = (records: HistoryRecord[]) => checkHistory(records).anomalies.map((a) => a.check);

/** Replaces the record matching `pick` by `change(record)` (or removes it for undefined). */
function edit(records: HistoryRecord[], pick: (r: HistoryRecord) => boolean, change: (r: any) => HistoryRecord | undefined): HistoryRecord[] {
  const i = records.findIndex(pick);
  if (i < 0) throw new Error("no such record");
  const out = [...records];
  const next = change(structuredClone(out[i]));
  if (next) out[i] = next;
  else out.splice(i, 1);
  return out;
}

const serverLog = (r: HistoryRecord) => r.type === "server_log";

describe("history checker", () => {
  it("passes a clean history and counts what happened", () => {
    const { anomalies, stats } = checkHistory(clean());
    expect(anomalies).toEqual([]);
    expect(stats).toMatchObject({ conversations: 1, messages: 4, invokes: 5, resends: 1, acks: 5, duplicateAcks: 1, pushes: 2, historyReads: 2, connections: 3, faults: { socket_drop: 1 } });
  });

  it("round-trips through JSONL", () => {
    expect(parseHistory(toJsonl(clean()))).toEqual(clean());
  });

  const planted: Array<[string, CheckId, (r: HistoryRecord[]) => HistoryRecord[]]> = [
    ["an acked message missing from the log (C1)", "lost_ack", (r) => edit(r, serverLog, (l) => ({ ...l, messages: l.messages.filter((m: SeenMessage) => m.seq !== 3).map((m: SeenMessage) => (m.seq === 4 ? { ...m, seq: 3 } : m)) }))],
    ["a hole in the log's seqs (C2)", "log_not_dense", (r) => edit(r, serverLog, (l) => ({ ...l, messages: l.messages.map((m: SeenMessage) => (m.seq === 4 ? { ...m, seq: 5 } : m)) }))],
    ["a clientMsgId stored twice (C2)", "log_duplicate", (r) => edit(r, serverLog, (l) => ({ ...l, messages: [...l.messages, { ...l.messages[3], seq: 5, msgId: "m5" }] }))],
    ["a seq reused for two messages (C2)", "log_duplicate", (r) => edit(r, serverLog, (l) => ({ ...l, messages: [...l.messages, { seq: 4, msgId: "m9", sender: B, cmid: "b1", text: "hi" }] }))],
    ["a resend answered with new ids", "ack_mismatch", (r) => edit(r, (x) => x.type === "ack" && x.attempt === 2, (a) => ({ ...a, seq: 5, msgId: "m5" }))],
    ["a resend stored as new again", "double_store", (r) => edit(r, (x) => x.type === "ack" && x.attempt === 2, (a) => ({ ...a, duplicate: false }))],
    ["pushes out of order on one connection (C3)", "push_reorder", (r) => [...r, { t: 4.5, type: "push", client: "b", conn: "b#1", conv: D, msg: { seq: 0, msgId: "m0", sender: A, cmid: "zz" } } as HistoryRecord]],
    ["a gap the client never filled (C3)", "missing", (r) => edit(r, (x) => x.type === "history" && x.client === "b", (h) => ({ ...h, messages: h.messages.slice(1) }))],
    ["two sends from one socket stored in the other order (C5)", "fifo", (r) => {
      let out = edit(r, (x) => x.type === "ack" && x.cmid === "a2", (a) => ({ ...a, seq: 4, msgId: "m4x" }));
      out = edit(out, (x) => x.type === "ack" && x.cmid === "a3" && x.attempt === 1, (a) => ({ ...a, seq: 3, msgId: "m3x" }));
      return out;
    }],
    ["a client that saw another message at a seq (C6)", "divergence", (r) => edit(r, (x) => x.type === "push" && x.client === "a", (p) => ({ ...p, msg: { ...p.msg, msgId: "other" } }))],
    ["a message nobody sent (C7)", "phantom", (r) => edit(r, serverLog, (l) => ({ ...l, messages: [...l.messages, { seq: 5, msgId: "m5", sender: B, cmid: "never", text: "boo" }] }))],
    ["altered text (C7)", "phantom", (r) => edit(r, serverLog, (l) => ({ ...l, messages: l.messages.map((m: SeenMessage) => (m.seq === 2 ? { ...m, text: "HI" } : m)) }))],
    ["a push beyond the log's end (C7)", "phantom", (r) => [...r, { t: 16.5, type: "push", client: "a", conn: "a#1", conv: D, msg: { seq: 9, msgId: "m9", sender: B, cmid: "b9" } } as HistoryRecord]],
    ["unread that is not lastSeq − readSeq (C8)", "unread", (r) => edit(r, (x) => x.type === "index" && x.user === B, (i) => ({ ...i, unread: 1 }))],
    ["an index behind the log (C8)", "unread", (r) => edit(r, (x) => x.type === "index" && x.user === B, (i) => ({ ...i, lastSeq: 3, readSeq: 3 }))],
    ["the sender's own message counted unread (C8)", "unread", (r) => edit(r, (x) => x.type === "index" && x.user === A, (i) => ({ ...i, readSeq: 2, unread: 2 }))],
    ["a read position nobody set (C8)", "unread", (r) => edit(edit(r, (x) => x.type === "read", () => undefined), (x) => x.type === "index" && x.user === B, (i) => i)],
  ];

  it.each(planted)("reports %s", (_name, check, plant) => {
    const found = checks(plant(clean()));
    expect(found).toContain(check);
  });
});

describe("membership rule (groups)", () => {
  /**
   * C joins group G at t=10..12 and leaves at t=30..32. Messages: seq 1 sent before the
   * join (not owed), seq 2 during it (racing: neither), seq 3 after it (owed), seq 4 racing
   * the leave, seq 5 after the leave (forbidden).
   */
  function group(): HistoryRecord[] {
    const log: SeenMessage[] = [1, 2, 3, 4, 5].map((s) => ({ seq: s, msgId: `g${s}`, sender: A, cmid: `ga${s}`, text: `t${s}` }));
    const sends: Array<[number, number]> = [[1, 2], [2, 11], [3, 20], [4, 31], [5, 40]];
    const r: HistoryRecord[] = [
      { t: 0, type: "conversation", conv: G, kind: "group", members: [A, B] },
      { t: 1, type: "connect", client: "a", user: A, conn: "a#1", transport: "ws-binary" },
      { t: 1, type: "connect", client: "c", user: C, conn: "c#1", transport: "ws-json" },
      { t: 12, type: "join", conv: G, user: C, t0: 10, t1: 12 },
      { t: 32, type: "leave", conv: G, user: C, t0: 30, t1: 32 },
    ];
    for (const [seq, t] of sends) {
      r.push({ t, type: "invoke", client: "a", user: A, conn: "a#1", conv: G, cmid: `ga${seq}`, text: `t${seq}`, attempt: 1, via: "ws-binary" });
      r.push({ t: t + 0.5, type: "ack", client: "a", conn: "a#1", conv: G, cmid: `ga${seq}`, seq, msgId: `g${seq}`, duplicate: false, attempt: 1 });
    }
    r.push({ t: 21, type: "push", client: "c", conn: "c#1", conv: G, msg: log[2]! });
    r.push({ t: 50, type: "final", client: "c", user: C });
    r.push({ t: 51, type: "server_log", conv: G, messages: log });
    return r;
  }

  it("accepts a member who got everything owed and nothing forbidden", () => {
    expect(checkHistory(group()).anomalies).toEqual([]);
  });

  it("reports a message sent after the join that the member never received", () => {
    const r = group().filter((x) => x.type !== "push");
    expect(checks(r)).toEqual(["missing"]);
  });

  it("reports a message sent after the leave that the former member received", () => {
    const r: HistoryRecord[] = [...group(), { t: 41, type: "push", client: "c", conn: "c#1", conv: G, msg: { seq: 5, msgId: "g5", sender: A, cmid: "ga5", text: "t5" } }];
    expect(checks(r)).toEqual(["after_leave"]);
  });

  it("owes nothing for messages racing a membership change", () => {
    const r: HistoryRecord[] = [
      ...group(),
      { t: 42, type: "history", client: "c", conn: "c#1", conv: G, afterSeq: 1, messages: [{ seq: 2, msgId: "g2", sender: A, cmid: "ga2", text: "t2" }, { seq: 4, msgId: "g4", sender: A, cmid: "ga4", text: "t4" }], lastSeq: 5 },
    ];
    expect(checkHistory(r).anomalies).toEqual([]);
  });

  it("reports a user who was never a member receiving anything", () => {
    const r: HistoryRecord[] = [
      ...group(),
      { t: 2, type: "connect", client: "x", user: "userX", conn: "x#1", transport: "tcp" },
      { t: 3, type: "push", client: "x", conn: "x#1", conv: G, msg: { seq: 1, msgId: "g1", sender: A, cmid: "ga1", text: "t1" } },
    ];
    expect(checks(r)).toEqual(["non_member"]);
  });

  it("neither owes nor forbids messages from before a user's first join", () => {
    const r: HistoryRecord[] = [...group(), { t: 13, type: "history", client: "c", conn: "c#1", conv: G, afterSeq: 0, messages: [{ seq: 1, msgId: "g1", sender: A, cmid: "ga1", text: "t1" }], lastSeq: 2 }];
    expect(checkHistory(r).anomalies).toEqual([]);
  });

  it("owes a re-joined member the messages of the second membership only", () => {
    const r = ([
      ...group(),
      { t: 62, type: "join", conv: G, user: C, t0: 60, t1: 62 },
      { t: 70, type: "invoke", client: "a", user: A, conn: "a#1", conv: G, cmid: "ga6", text: "t6", attempt: 1, via: "ws-binary" },
      { t: 70.5, type: "ack", client: "a", conn: "a#1", conv: G, cmid: "ga6", seq: 6, msgId: "g6", duplicate: false, attempt: 1 },
      { t: 80, type: "final", client: "c", user: C },
    ] as HistoryRecord[]).map((x) => (x.type === "server_log" ? { ...x, messages: [...x.messages, { seq: 6, msgId: "g6", sender: A, cmid: "ga6", text: "t6" }] } : x));
    expect(checks(r)).toEqual(["missing"]);
    const fixed: HistoryRecord[] = [...r, { t: 71, type: "push", client: "c", conn: "c#2", conv: G, msg: { seq: 6, msgId: "g6", sender: A, cmid: "ga6", text: "t6" } }];
    expect(checkHistory(fixed).anomalies).toEqual([]);
  });
});

describe("server entries (a group's membership changes)", () => {
  /** G's log opens with the server's "group created" entry; A sends 2 and 3; B has read seq 1. */
  function withSystem(): HistoryRecord[] {
    const log: SeenMessage[] = [
      { seq: 1, msgId: "s1", sender: "system", cmid: "sys-1", system: true },
      { seq: 2, msgId: "g2", sender: A, cmid: "ga2", text: "t2" },
      { seq: 3, msgId: "g3", sender: A, cmid: "ga3", text: "t3" },
      { seq: 4, msgId: "s4", sender: "system", cmid: "sys-4", system: true, actor: A },
    ];
    const r: HistoryRecord[] = [
      { t: 0, type: "conversation", conv: G, kind: "group", members: [A, B] },
      { t: 1, type: "connect", client: "a", user: A, conn: "a#1", transport: "ws-json" },
    ];
    for (const seq of [2, 3]) {
      r.push({ t: seq * 2, type: "invoke", client: "a", user: A, conn: "a#1", conv: G, cmid: `ga${seq}`, text: `t${seq}`, attempt: 1, via: "ws-json" });
      r.push({ t: seq * 2 + 1, type: "ack", client: "a", conn: "a#1", conv: G, cmid: `ga${seq}`, seq, msgId: `g${seq}`, duplicate: false, attempt: 1 });
    }
    r.push({ t: 10, type: "read", client: "b", user: B, conv: G, seq: 1, outcome: "ok" });
    r.push({ t: 20, type: "server_log", conv: G, messages: log });
    // B: lastSeq 4, readSeq 1; seqs 2 and 3 are unread, the system entry at 4 is not.
    r.push({ t: 21, type: "index", user: B, conv: G, lastSeq: 4, readSeq: 1, unread: 2 });
    // A made the change at seq 4: it is read for A, as A's own message would be.
    r.push({ t: 21, type: "index", user: A, conv: G, lastSeq: 4, readSeq: 4, unread: 0 });
    return r;
  }

  it("accepts the server's entries as nobody's sends and leaves them out of unread", () => {
    expect(checkHistory(withSystem()).anomalies).toEqual([]);
  });

  it("reports a system entry attributed to a user (C7)", () => {
    const r = edit(withSystem(), (x) => x.type === "server_log", (l) => ({ ...l, messages: l.messages.map((m: SeenMessage) => (m.seq === 4 ? { ...m, sender: B } : m)) }));
    expect(checks(r)).toEqual(["phantom"]);
  });

  it("counts a system entry recording a user's change as read for them, and nobody else's (C8)", () => {
    // B read up to 1; the entry at 4 is B's own change: B's readSeq 4 is right.
    const own = edit(
      edit(withSystem(), (x) => x.type === "server_log", (l) => ({ ...l, messages: l.messages.map((m: SeenMessage) => (m.seq === 4 ? { ...m, actor: B } : m)) })),
      (x) => x.type === "index" && x.user === B,
      (i) => ({ ...i, readSeq: 4, unread: 0 }),
    );
    expect(checkHistory(own).anomalies.filter((a) => a.detail.startsWith(B))).toEqual([]);
    // The same readSeq when the change was C's: a position nobody set.
    const other = edit(own, (x) => x.type === "server_log", (l) => ({ ...l, messages: l.messages.map((m: SeenMessage) => (m.seq === 4 ? { ...m, actor: C } : m)) }));
    expect(checks(other)).toContain("unread");
  });

  it("accepts a read position moved over a system entry right after it, and only that", () => {
    // B read up to 3; the entry at 4 (A's change) follows at once: readSeq 4 is right.
    const passed = edit(edit(withSystem(), (x) => x.type === "read", (m) => ({ ...m, seq: 3 })), (x) => x.type === "index" && x.user === B, (i) => ({ ...i, readSeq: 4, unread: 0 }));
    expect(checkHistory(passed).anomalies).toEqual([]);
    // Read up to 1 only: 2 and 3 are unread, so readSeq 4 is a position nobody set.
    const skipped = edit(withSystem(), (x) => x.type === "index" && x.user === B, (i) => ({ ...i, readSeq: 4, unread: 0 }));
    expect(checks(skipped)).toEqual(["unread"]);
  });

  it("starts a (re)joined member's read position at the entry that brought them in, and nobody else's (C8)", () => {
    // The entry at 4 added B (a re-add, say): B's read position starts there, unread 0.
    const joined = edit(
      edit(withSystem(), (x) => x.type === "server_log", (l) => ({ ...l, messages: l.messages.map((m: SeenMessage) => (m.seq === 4 ? { ...m, joined: [B] } : m)) })),
      (x) => x.type === "index" && x.user === B,
      (i) => ({ ...i, readSeq: 4, unread: 0 }),
    );
    expect(checkHistory(joined).anomalies).toEqual([]);
    // The entry brought C in, not B: B's readSeq 4 is a position nobody set.
    const someoneElse = edit(joined, (x) => x.type === "server_log", (l) => ({ ...l, messages: l.messages.map((m: SeenMessage) => (m.seq === 4 ? { ...m, joined: [C] } : m)) }));
    expect(checks(someoneElse)).toEqual(["unread"]);
  });

  it("reports unread counting a system entry (C8)", () => {
    const r = edit(withSystem(), (x) => x.type === "index" && x.user === B, (i) => ({ ...i, unread: 3 }));
    expect(checks(r)).toEqual(["unread"]);
  });
});
