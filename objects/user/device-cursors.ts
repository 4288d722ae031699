/**
 * Per-device positions in each conversation, for the per-message trace: the highest seq
 * pushed to a device's live socket and the highest seq the device acknowledged
 * (`delivered`). One upsert per device per delivery batch, never a row per message.
 */
interface Row extends Record<string, SqlStorageValue> {
  device_id: string;
  pushed_seq: number;
  pushed_at: number | null;
  delivered_seq: number;
  delivered_at: number | null;
}

export interface DevicePosition {
  deviceId: string;
  pushedSeq: number;
  pushedAt?: number;
  deliveredSeq: number;
  deliveredAt?: number;
}

export class DeviceCursors {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(`CREATE TABLE IF NOT EXISTS device_cursors (
      conversation_id TEXT NOT NULL,
      device_id TEXT NOT NULL,
      pushed_seq INTEGER NOT NULL DEFAULT 0,
      pushed_at INTEGER,
      delivered_seq INTEGER NOT NULL DEFAULT 0,
      delivered_at INTEGER,
      PRIMARY KEY (conversation_id, device_id)
    )`);
  }

  pushed(conversationId: string, deviceIds: Iterable<string>, seq: number, now: number): void {
    for (const deviceId of deviceIds) {
      this.sql.exec(
        `INSERT INTO device_cursors (conversation_id, device_id, pushed_seq, pushed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (conversation_id, device_id) DO UPDATE SET pushed_seq = MAX(pushed_seq, excluded.pushed_seq), pushed_at = excluded.pushed_at`,
        conversationId,
        deviceId,
        seq,
        now,
      );
    }
  }

  delivered(conversationId: string, deviceId: string, seq: number, now: number): void {
    this.sql.exec(
      `INSERT INTO device_cursors (conversation_id, device_id, delivered_seq, delivered_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (conversation_id, device_id) DO UPDATE SET
         delivered_at = CASE WHEN excluded.delivered_seq > delivered_seq THEN excluded.delivered_at ELSE delivered_at END,
         delivered_seq = MAX(delivered_seq, excluded.delivered_seq)`,
      conversationId,
      deviceId,
      seq,
      now,
    );
  }

  of(conversationId: string): DevicePosition[] {
    return this.sql
      .exec<Row>("SELECT device_id, pushed_seq, pushed_at, delivered_seq, delivered_at FROM device_cursors WHERE conversation_id = ? ORDER BY device_id", conversationId)
      .toArray()
      .map((r) => {
        const p: DevicePosition = { deviceId: r.device_id, pushedSeq: r.pushed_seq, deliveredSeq: r.delivered_seq };
        if (r.pushed_at !== null) p.pushedAt = r.pushed_at;
        if (r.delivered_at !== null) p.deliveredAt = r.delivered_at;
        return p;
      });
  }
}
