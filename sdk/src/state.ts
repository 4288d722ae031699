/**
 * The connection state machine, pure: `step(state, event)` returns the next state and the
 * effects the driver (connection.ts) must carry out. Everything about *when* to reconnect
 * lives here, so it is unit-tested without sockets or timers.
 *
 *   disconnected --connect--> connecting --authOk--> connected
 *   connecting/connected --lost--> reconnecting --retry--> (socket opens) --authOk--> connected
 *   any --close--> disconnected          any --fatal--> disconnected (no retry)
 *
 * `reconnecting` covers both the wait and the attempts after it, so a UI banner does not
 * flicker between tries.
 */
import { backoffDelay, type BackoffOptions } from "./backoff.js";

export const CONNECTION_STATES = ["disconnected", "connecting", "connected", "reconnecting"] as const;
export type ConnectionState = (typeof CONNECTION_STATES)[number];

export interface MachineState {
  state: ConnectionState;
  /** Failed attempts since the last stable connection. */
  attempt: number;
  /** True while a socket is being opened or is open. */
  socket: boolean;
  /** When the current connection reached `connected`. */
  connectedAt?: number;
  /** Why the state last changed (a close reason, an error code). */
  reason?: string;
  /** Delay of the scheduled retry, while waiting for it. */
  retryInMs?: number;
}

export type MachineEvent =
  | { type: "connect" }
  | { type: "authOk" }
  | { type: "lost"; reason: string }
  | { type: "retry" }
  /** The network came back (browser `online`): try now instead of waiting out the delay. */
  | { type: "online" }
  | { type: "close"; reason?: string }
  | { type: "fatal"; reason: string };

export type Effect =
  | { type: "openSocket" }
  | { type: "closeSocket"; reason: string }
  | { type: "scheduleRetry"; delayMs: number }
  | { type: "cancelRetry" };

export interface StepContext {
  now: number;
  backoff: BackoffOptions;
  random: () => number;
}

export const INITIAL: MachineState = { state: "disconnected", attempt: 0, socket: false };

export function step(s: MachineState, e: MachineEvent, ctx: StepContext): { next: MachineState; effects: Effect[] } {
  const same = { next: s, effects: [] as Effect[] };
  switch (e.type) {
    case "connect":
      if (s.state !== "disconnected") return same;
      return { next: { state: "connecting", attempt: 0, socket: true }, effects: [{ type: "openSocket" }] };

    case "authOk":
      if (!s.socket || s.state === "disconnected" || s.state === "connected") return same;
      return { next: { state: "connected", attempt: s.attempt, socket: true, connectedAt: ctx.now }, effects: [] };

    case "lost": {
      if (s.state === "disconnected" || !s.socket) return same;
      // Only a connection that stayed up long enough earns a fresh start; a server that
      // accepts and drops at once keeps the delays growing.
      const stable = s.state === "connected" && s.connectedAt !== undefined && ctx.now - s.connectedAt >= ctx.backoff.minUptimeMs;
      const attempt = (stable ? 0 : s.attempt) + 1;
      const delayMs = backoffDelay(attempt, ctx.backoff, ctx.random);
      return {
        next: { state: "reconnecting", attempt, socket: false, reason: e.reason, retryInMs: delayMs },
        effects: [{ type: "closeSocket", reason: e.reason }, { type: "scheduleRetry", delayMs }],
      };
    }

    case "retry":
      if (s.state !== "reconnecting" || s.socket) return same;
      return { next: { state: "reconnecting", attempt: s.attempt, socket: true, ...(s.reason ? { reason: s.reason } : {}) }, effects: [{ type: "openSocket" }] };

    case "online":
      if (s.state !== "reconnecting" || s.socket) return same;
      return { next: { state: "reconnecting", attempt: s.attempt, socket: true, reason: "online" }, effects: [{ type: "cancelRetry" }, { type: "openSocket" }] };

    case "close":
      if (s.state === "disconnected") return same;
      return {
        next: { state: "disconnected", attempt: 0, socket: false, reason: e.reason ?? "closed" },
        effects: [{ type: "cancelRetry" }, { type: "closeSocket", reason: e.reason ?? "closed" }],
      };

    case "fatal":
      if (s.state === "disconnected") return same;
      return {
        next: { state: "disconnected", attempt: 0, socket: false, reason: e.reason },
        effects: [{ type: "cancelRetry" }, { type: "closeSocket", reason: e.reason }],
      };
  }
}
