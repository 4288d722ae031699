/**
 * Ceilings (a), (b), (c): one Durable Object holding hibernatable WebSockets that echoes,
 * broadcasts, or inserts one SQLite row then broadcasts. The minimum a single-object chat
 * room costs on this workerd.
 */
import { DurableObject } from "cloudflare:workers";
import { OP, type CeilingEnv } from "./env.js";

export class Room extends DurableObject<CeilingEnv> {
  constructor(ctx: DurableObjectState, env: CeilingEnv) {
    super(ctx, env);
    ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS msgs (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
  }

  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") return new Response("expected a WebSocket upgrade", { status: 426 });
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1]);
    pair[1].send(OP.hello);
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  override webSocketMessage(ws: WebSocket, data: string | ArrayBuffer): void {
    if (typeof data !== "string") return;
    switch (data[0]) {
      case OP.echo:
        ws.send(data);
        return;
      case OP.broadcast:
        this.broadcast(data);
        return;
      case OP.storeBroadcast:
        this.ctx.storage.sql.exec("INSERT INTO msgs (body) VALUES (?)", data);
        this.broadcast(data);
        return;
      case OP.fill:
        ws.send(OP.fill.toUpperCase() + this.fill(data.slice(1)));
        return;
      case OP.read:
        ws.send(OP.read.toUpperCase() + this.read(data.slice(1)));
        return;
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

  private broadcast(data: string): void {
    for (const s of this.ctx.getWebSockets()) {
      try {
        s.send(data);
      } catch {
        // a socket closing under us
      }
    }
  }

  private fill(arg: string): number {
    const bar = arg.indexOf("|");
    const count = Number(arg.slice(0, bar));
    const body = arg.slice(bar + 1);
    const sql = this.ctx.storage.sql;
    this.ctx.storage.transactionSync(() => {
      for (let i = 0; i < count; i++) sql.exec("INSERT INTO msgs (body) VALUES (?)", body);
    });
    return Number(sql.exec("SELECT COALESCE(MAX(id), 0) AS id FROM msgs").one()["id"]);
  }

  private read(arg: string): string {
    const [after, limit] = arg.split("|").map(Number);
    const rows = this.ctx.storage.sql.exec("SELECT id, body FROM msgs WHERE id > ? ORDER BY id LIMIT ?", after ?? 0, limit ?? 100).toArray();
    return JSON.stringify(rows);
  }
}
