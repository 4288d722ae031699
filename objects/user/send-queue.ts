/**
 * Per-conversation FIFO of one user's outgoing messages. Awaiting an RPC lets the next
 * socket message in, so without this two pipelined sends could reach the conversation in
 * the wrong order. One batch per conversation is in flight; whatever queued meanwhile
 * goes next as one batch (one RPC, one transaction), which keeps order and throughput.
 */
import { AppError, toAppError, type Result } from "../../shared/errors.js";
import type { SendAck } from "../../shared/protocol.js";
import type { SendItem } from "../conversation/api.js";

export type FlushBatch = (conversationId: string, items: SendItem[]) => Promise<Result<Result<SendAck>[]>>;

interface Pending {
  item: SendItem;
  resolve: (result: Result<SendAck>) => void;
}

export class SendQueue {
  private readonly queues = new Map<string, Pending[]>();

  constructor(
    private readonly flush: FlushBatch,
    private readonly maxBatch = 64,
  ) {}

  /** Queues a send; resolves with its own result once its batch is committed or failed. */
  enqueue(conversationId: string, item: SendItem): Promise<Result<SendAck>> {
    return new Promise((resolve) => {
      const queue = this.queues.get(conversationId);
      if (queue) {
        queue.push({ item, resolve });
        return;
      }
      this.queues.set(conversationId, [{ item, resolve }]);
      void this.drain(conversationId);
    });
  }

  private async drain(conversationId: string): Promise<void> {
    const queue = this.queues.get(conversationId)!;
    while (queue.length > 0) {
      const batch = queue.splice(0, this.maxBatch);
      let results: Result<SendAck>[];
      let broken: Result<SendAck> | undefined;
      try {
        const outcome = await this.flush(
          conversationId,
          batch.map((p) => p.item),
        );
        if (outcome.ok) results = outcome.value;
        else results = batch.map(() => (broken = outcome));
      } catch (err) {
        // The platform failed the call (a reset or overloaded object): the client may resend
        // with the same clientMsgId, which is idempotent.
        const { error } = toAppError(err);
        broken = { ok: false, error: (error.code === "internal" ? new AppError("unavailable", "conversation is unavailable, retry") : error).toBody() };
        results = batch.map(() => broken!);
      }
      batch.forEach((p, i) => p.resolve(results[i] ?? { ok: false, error: { code: "internal", message: "missing result" } }));
      // Nothing queued behind a failed batch may overtake it: those sends fail the same way,
      // so the client resends them after it, in the order it wrote them.
      if (broken) for (const p of queue.splice(0)) p.resolve(broken);
    }
    this.queues.delete(conversationId);
  }
}
