/**
 * A Durable Object's single alarm, shared by its parts (outboxes, receipts, compaction):
 * set to the earliest time any of them asked for. It remembers what it set, so a later
 * request never postpones an earlier one and repeats cost no storage write.
 */
export class AlarmClock {
  private at: number | undefined;

  constructor(private readonly storage: DurableObjectStorage) {}

  /** Asks for the alarm to run no later than `at`. */
  schedule(at: number): void {
    if (this.at !== undefined && this.at <= at) return;
    this.at = at;
    void this.storage.setAlarm(at);
  }

  /** Call first thing in `alarm()`: the alarm is spent, the next request sets it again. */
  fired(): void {
    this.at = undefined;
  }
}
