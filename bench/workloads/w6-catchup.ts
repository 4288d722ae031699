/**
 * W6 catch-up: a user is offline while M messages arrive in one conversation, then
 * reconnects and does what a client does: `sync` with its last token, then `history` pages
 * from the last seq it holds until it holds them all. Time from starting to reconnect to
 * holding every message, each seq exactly once. Ceiling: reading M rows of one object's
 * SQLite over a fresh socket in pages of the same size.
 */
import { http } from "../lib/accounts.js";
import { CeilingSocket } from "../lib/ceiling-client.js";
import { waitFor } from "../lib/concurrency.js";
import { DeliveryLedger } from "../lib/counting.js";
import { drive } from "../lib/drive.js";
import { connectIm, type ImConn } from "../lib/im-client.js";
import { CEILING_BODY } from "../lib/payload.js";
import type { CatchUpRun, W6Data } from "../lib/results.js";
import { imStream } from "../lib/streams.js";
import type { ConversationState, HistoryResult, SyncResult } from "../../shared/protocol.js";
import type { BenchContext } from "./context.js";

export async function runW6(ctx: BenchContext): Promise<W6Data> {
  const imserver = await imCatchUp(ctx);
  // The ceiling reads in pages as large as IMServer's were on average (they are cut to fit a frame).
  const pageSize = Math.max(1, Math.ceil(imserver.messages / Math.max(1, imserver.pages)));
  const ceiling = await ceilingCatchUp(ctx, imserver.messages, pageSize);
  return { imserver, ceiling };
}

async function reply<T>(conn: ImConn, op: "sync" | "history", d: unknown, expect: string): Promise<T> {
  const { packet } = await conn.request(op, d, 30_000);
  if (packet.op !== expect) throw new Error(`${op}: ${packet.op} ${JSON.stringify(packet.d).slice(0, 200)}`);
  return packet.d as T;
}

async function imCatchUp(ctx: BenchContext): Promise<CatchUpRun> {
  const { messages, window } = ctx.profile.w6;
  const [alice, bob] = await ctx.pool.take(2);
  const endpoint = { wsUrl: ctx.im.wsUrl };

  // Bob syncs once (he has a token), then goes offline.
  const first = await connectIm(endpoint, "ws-json", bob!.token, "bench");
  const { token } = await reply<SyncResult>(first, "sync", {}, "sync_result");
  first.close();

  // Alice sends M messages while Bob is away (not timed).
  ctx.log(`W6: sending ${messages} messages to an offline user`);
  const sender = await connectIm(endpoint, "ws-json", alice!.token, "bench");
  const stream = imStream(sender, [], { to: bob!.id }, "w6");
  const sent = await drive([stream], { window, maxMessages: messages, durationMs: 300_000, waitForDelivery: false, warmup: 0, drainMs: 0 });
  sender.close();
  if (sent.acked !== messages) throw new Error(`only ${sent.acked} of ${messages} sends were acked: ${sent.errors.join("; ")}`);

  // Wait until the conversation has reached Bob's object, so reconnecting is pure catch-up.
  let lastSeq = 0;
  const settled = await waitForAsync(async () => {
    const res = await http(ctx.im.url, "/v1/conversations?limit=10", { token: bob!.token });
    const conv = (res.body?.conversations as ConversationState[] | undefined)?.[0];
    lastSeq = conv?.lastSeq ?? 0;
    return lastSeq >= messages;
  }, 120_000);
  if (!settled) throw new Error(`Bob's conversation index reached seq ${lastSeq} of ${messages} only`);

  // Timed: reconnect, sync, pull every page.
  const ledger = new DeliveryLedger();
  for (let s = 1; s <= messages; s++) ledger.expect(s);
  const started = performance.now();
  const conn = await connectIm(endpoint, "ws-json", bob!.token, "bench");
  let pages = 0;
  try {
    const changed: ConversationState[] = [];
    let next: string | undefined = token;
    for (;;) {
      const page: SyncResult = await reply<SyncResult>(conn, "sync", next ? { token: next } : {}, "sync_result");
      changed.push(...page.conversations);
      next = page.token;
      if (!page.hasMore) break;
    }
    for (const conv of changed) {
      let held = 0;
      while (held < conv.lastSeq) {
        const page = await reply<HistoryResult>(conn, "history", { conversationId: conv.conversationId, afterSeq: held, limit: ctx.profile.w6.pageLimit }, "history_result");
        pages += 1;
        for (const m of page.messages) ledger.deliver(m.seq);
        const last = page.messages[page.messages.length - 1];
        if (!last) break;
        held = last.seq;
        if (!page.hasMore) break;
      }
    }
    const syncedMs = performance.now() - started;
    return { label: "IMServer sync + history pages", messages, syncedMs, connectMs: conn.connectMs, pages, ledger: ledger.summary() };
  } finally {
    conn.close();
  }
}

async function ceilingCatchUp(ctx: BenchContext, messages: number, pageSize: number): Promise<CatchUpRun> {
  const path = `/room/w6-${ctx.runId}`;
  const filler = await CeilingSocket.connect(ctx.ceiling.wsUrl, path);
  let filled = 0;
  filler.onMessage = (text) => (filled = Number(text.slice(1)));
  for (let done = 0; done < messages; done += 1_000) filler.send(`f${Math.min(1_000, messages - done)}|${CEILING_BODY}`);
  if (!(await waitFor(() => filled >= messages, 60_000))) throw new Error(`ceiling fill reached ${filled} of ${messages}`);
  filler.close();

  const ledger = new DeliveryLedger();
  for (let s = 1; s <= messages; s++) ledger.expect(s);
  const started = performance.now();
  const socket = await CeilingSocket.connect(ctx.ceiling.wsUrl, path);
  let pages = 0;
  try {
    let after = 0;
    while (after < messages) {
      const rows = await new Promise<Array<{ id: number }>>((resolve) => {
        socket.onMessage = (text) => resolve(JSON.parse(text.slice(1)) as Array<{ id: number }>);
        socket.send(`r${after}|${pageSize}`);
      });
      pages += 1;
      if (rows.length === 0) break;
      for (const row of rows) ledger.deliver(row.id);
      after = rows[rows.length - 1]!.id;
    }
    return { label: `ceiling: ${messages} rows from one object, pages of ${pageSize}`, messages, syncedMs: performance.now() - started, connectMs: socket.connectMs, pages, ledger: ledger.summary() };
  } finally {
    socket.close();
  }
}

async function waitForAsync(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}
