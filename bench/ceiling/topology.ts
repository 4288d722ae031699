/**
 * Ceiling (d): IMServer's topology with nothing else. Each member's socket lives in its own
 * Member object (IMServer: the UserDO); a send goes socket → the sender's Member → over RPC
 * to the group's Sequencer (IMServer: the ConversationDO or GroupDO), which inserts one row,
 * answers the sender, and calls every other member's object over RPC to push to its socket.
 * Like IMServer's outbox, the sequencer keeps one call in flight per member and sends what
 * piled up meanwhile as one batch: the best the topology allows, so that IMServer's own
 * batching is not mistaken for an advantage over the platform.
 */
import { DurableObject } from "cloudflare:workers";
import { OP, type CeilingEnv } from "./env.js";

export class Sequencer extends DurableObject<CeilingEnv> {
  private members: string[];
  /** Per member: messages waiting while a delivery to it is in flight (absent: idle). */
  private readonly pending = new Map<string, string[]>();

  constructor(ctx: DurableObjectState, env: CeilingEnv) {
    super(ctx, env);
    ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS msgs (seq INTEGER PRIMARY KEY, sender TEXT NOT NULL, body TEXT NOT NULL)");
    ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS members (id TEXT PRIMARY KEY)");
    this.members = ctx.storage.sql.exec<{ id: string }>("SELECT id FROM members").toArray().map((r) => r.id);
  }

  /** Replaces the member list. Returns its size. */
  async setMembers(members: string[]): Promise<number> {
    const sql = this.ctx.storage.sql;
    this.ctx.storage.transactionSync(() => {
      sql.exec("DELETE FROM members");
      for (const id of members) sql.exec("INSERT OR IGNORE INTO members (id) VALUES (?)", id);
    });
    this.members = [...new Set(members)];
    return this.members.length;
  }

  /** Inserts the message, starts the fan-out, and returns its seq once stored. */
  async post(sender: string, body: string): Promise<number> {
    const seq = Number(this.ctx.storage.sql.exec("INSERT INTO msgs (sender, body) VALUES (?, ?) RETURNING seq", sender, body).one()["seq"]);
    for (const member of this.members) {
      if (member === sender) continue;
      const queued = this.pending.get(member);
      if (queued) queued.push(body);
      // Fan-out is not awaited by the sender's ack, as in IMServer.
      else void this.deliver(member, [body]);
    }
    return seq;
  }

  /** Delivers a batch, then whatever queued for that member meanwhile, until none is left. */
  private async deliver(member: string, first: string[]): Promise<void> {
    const stub = this.env.MEMBERS.get(this.env.MEMBERS.idFromName(member));
    let batch = first;
    this.pending.set(member, []);
    while (batch.length > 0) {
      await stub.deliver(batch).catch(() => undefined);
      batch = this.pending.get(member) ?? [];
      this.pending.set(member, []);
    }
    this.pending.delete(member);
  }
}

interface MemberInfo {
  member: string;
  group: string;
}

export class Member extends DurableObject<CeilingEnv> {
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") return new Response("expected a WebSocket upgrade", { status: 426 });
    const url = new URL(request.url);
    const info: MemberInfo = { member: url.searchParams.get("member") ?? "", group: url.searchParams.get("group") ?? "" };
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1]);
    pair[1].serializeAttachment(info);
    pair[1].send(OP.hello);
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  override async webSocketMessage(ws: WebSocket, data: string | ArrayBuffer): Promise<void> {
    if (typeof data !== "string" || data[0] !== OP.group) return;
    const info = ws.deserializeAttachment() as MemberInfo;
    const sequencer = this.env.SEQUENCERS.get(this.env.SEQUENCERS.idFromName(info.group));
    await sequencer.post(info.member, data);
    // The sender's copy is its ack.
    ws.send(data);
  }

  /** Messages from the sequencer, in order: push them to this member's sockets. */
  async deliver(bodies: string[]): Promise<void> {
    for (const ws of this.ctx.getWebSockets()) {
      try {
        for (const body of bodies) ws.send(body);
      } catch {
        // a socket closing under us
      }
    }
  }

  override webSocketClose(ws: WebSocket, code: number, reason: string): void {
    if (code >= 1000 && code <= 4999 && code !== 1005 && code !== 1006 && code !== 1015) {
      try {
        ws.close(code, reason);
      } catch {
        // already closed
      }
    }
  }
}
