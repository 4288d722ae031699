/**
 * History reads across the hot table and the R2 archive, with the same paging as the hot
 * log alone: ascending pages above `afterSeq`, or the newest page below `beforeSeq`, cut at
 * `limit` and `maxBytes`, `hasMore` when something is left. Clients cannot tell where a
 * message came from.
 */
import type { Archive } from "./archive.js";
import { paginate, type RangeQuery, type StoredMessage } from "./message-log.js";

export async function readRange(archive: Archive, q: RangeQuery): Promise<{ messages: StoredMessage[]; hasMore: boolean }> {
  const log = archive.log;
  const take = q.limit + 1;
  // The hot rows and the boundary are read in one synchronous step, so a compaction that
  // commits during the R2 read below cannot make a message appear twice or not at all.
  const boundary = archive.archivedUpTo;
  const { rows: hot, backwards } = log.candidates(q, take);
  const after = q.afterSeq ?? 0;
  const before = backwards ? q.beforeSeq! : Number.MAX_SAFE_INTEGER;
  if (after >= boundary) return paginate(hot, q, backwards);

  let rows: StoredMessage[];
  if (backwards) {
    // Newest first: hot rows (all above the boundary), then archived ones going down.
    const hotBelow = hot.filter((m) => m.seq > boundary);
    const need = take - hotBelow.length;
    const cold = need > 0 ? await archive.read(after + 1, Math.min(before - 1, boundary), need, true) : [];
    rows = [...hotBelow, ...cold];
  } else {
    const cold = await archive.read(after + 1, Math.min(before - 1, boundary), take);
    rows = [...cold, ...hot.filter((m) => m.seq > boundary)].slice(0, take);
  }
  return paginate(rows, q, backwards);
}
