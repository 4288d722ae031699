import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_BACKOFF } from "../../sdk/src/backoff.js";
import { INITIAL, step, type MachineEvent, type MachineState } from "../../sdk/src/state.js";

const ctx = (now = 0) => ({ now, backoff: { ...DEFAULT_BACKOFF, jitter: 0 }, random: () => 0 });

function run(events: Array<[MachineEvent, number?]>) {
  let s: MachineState = INITIAL;
  const log: Array<{ state: string; effects: string[] }> = [];
  for (const [e, now] of events) {
    const r = step(s, e, ctx(now ?? 0));
    s = r.next;
    log.push({ state: s.state, effects: r.effects.map((x) => (x.type === "scheduleRetry" ? `retry:${x.delayMs}` : x.type)) });
  }
  return { s, log };
}

describe("connection state machine", () => {
  it("connects, loses the socket, backs off, reconnects", () => {
    const { log } = run([[{ type: "connect" }], [{ type: "authOk" }], [{ type: "lost", reason: "x" }, 1000], [{ type: "retry" }], [{ type: "authOk" }]]);
    expect(log).toEqual([
      { state: "connecting", effects: ["openSocket"] },
      { state: "connected", effects: [] },
      { state: "reconnecting", effects: ["closeSocket", "retry:500"] },
      { state: "reconnecting", effects: ["openSocket"] },
      { state: "connected", effects: [] },
    ]);
  });

  it("grows the delay while attempts keep failing, and resets it after a stable connection", () => {
    const { log, s } = run([
      [{ type: "connect" }],
      [{ type: "lost", reason: "refused" }],
      [{ type: "retry" }],
      [{ type: "lost", reason: "refused" }],
      [{ type: "retry" }],
      [{ type: "lost", reason: "refused" }],
      [{ type: "retry" }],
      [{ type: "authOk" }, 10_000],
      // Dropped 1 s after connecting: not stable, the count goes on.
      [{ type: "lost", reason: "flap" }, 11_000],
      [{ type: "retry" }],
      [{ type: "authOk" }, 20_000],
      // Up for 6 s (minUptime 5 s): a fresh start.
      [{ type: "lost", reason: "deploy" }, 26_000],
    ]);
    const delays = log.flatMap((l) => l.effects.filter((e) => e.startsWith("retry:")));
    expect(delays).toEqual(["retry:500", "retry:1000", "retry:2000", "retry:4000", "retry:500"]);
    expect(s.attempt).toBe(1);
  });

  it("close is final until connect, and fatal never schedules a retry", () => {
    const closed = run([[{ type: "connect" }], [{ type: "authOk" }], [{ type: "close" }], [{ type: "lost", reason: "late event" }], [{ type: "retry" }], [{ type: "authOk" }]]);
    expect(closed.log.map((l) => l.state)).toEqual(["connecting", "connected", "disconnected", "disconnected", "disconnected", "disconnected"]);
    const fatal = run([[{ type: "connect" }], [{ type: "authOk" }], [{ type: "fatal", reason: "replaced" }]]);
    expect(fatal.s).toMatchObject({ state: "disconnected", reason: "replaced" });
    expect(fatal.log[2]!.effects).toEqual(["cancelRetry", "closeSocket"]);
  });

  it("`online` skips the remaining wait", () => {
    const { log } = run([[{ type: "connect" }], [{ type: "authOk" }], [{ type: "lost", reason: "x" }], [{ type: "online" }], [{ type: "retry" }]]);
    expect(log[3]).toEqual({ state: "reconnecting", effects: ["cancelRetry", "openSocket"] });
    // The stale timer firing afterwards opens nothing twice.
    expect(log[4]!.effects).toEqual([]);
  });

  it("keeps its invariants under any sequence of events", () => {
    const event = fc.oneof(
      fc.constant<MachineEvent>({ type: "connect" }),
      fc.constant<MachineEvent>({ type: "authOk" }),
      fc.constant<MachineEvent>({ type: "lost", reason: "x" }),
      fc.constant<MachineEvent>({ type: "retry" }),
      fc.constant<MachineEvent>({ type: "online" }),
      fc.constant<MachineEvent>({ type: "close" }),
      fc.constant<MachineEvent>({ type: "fatal", reason: "f" }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(event, fc.integer({ min: 0, max: 10_000 })), { maxLength: 60 }), (events) => {
        let s: MachineState = INITIAL;
        let now = 0;
        for (const [e, dt] of events) {
          now += dt;
          const { next, effects } = step(s, e, ctx(now));
          const opens = effects.filter((x) => x.type === "openSocket").length;
          const retries = effects.filter((x) => x.type === "scheduleRetry");
          // Never two sockets: opening only from a state without one.
          if (opens > 0) expect(s.socket).toBe(false);
          expect(opens).toBeLessThanOrEqual(1);
          // Connected only through an accepted socket.
          if (next.state === "connected" && s.state !== "connected") expect(e.type).toBe("authOk");
          // Disconnected holds no socket and waits for nothing.
          if (next.state === "disconnected") expect(next.socket).toBe(false);
          if (s.state === "disconnected" && e.type !== "connect") expect(next).toBe(s);
          // Every retry is bounded by the cap.
          for (const r of retries) expect((r as { delayMs: number }).delayMs).toBeLessThanOrEqual(DEFAULT_BACKOFF.maxDelayMs);
          if (retries.length > 0) expect(next.state).toBe("reconnecting");
          s = next;
        }
      }),
    );
  });
});
