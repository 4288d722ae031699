/**
 * The seeded chaos run against the real local Worker (wrangler dev, started with the test
 * hooks): clients on every transport chat while sockets drop, consumers stall, user and
 * conversation objects are reset, the bridge loses its upstream and the queue fails first
 * deliveries; then the history checker must find 0 anomalies.
 *
 * `npm test` runs a short run (about 25 s of chaos); `npm run test:chaos -- --long` a soak
 * of several minutes with more clients. A failure prints the seed: replay it with
 * `CHAOS_SEED=<seed> npm run test:chaos`. The history is kept in test-artifacts/chaos/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestBridge, type TestBridge } from "../helpers/node/bridge.js";
import { startLocalWorker, type LocalWorker } from "../helpers/node/local-worker.js";
import { startChaosProxy, type ChaosProxy } from "../helpers/node/tcp-proxy.js";
import { chaosSeed } from "./harness/rng.js";
import { ALL_FAULTS, EXPECTED_CODES, runWorkload, type WorkloadOptions } from "./harness/workload.js";
import { CHAOS_VARS, QUEUE_FAILURE_RATE } from "./harness/server-vars.js";

const LONG = process.env.CHAOS_LONG === "1";

let worker: LocalWorker;
let proxy: ChaosProxy;
let bridge: TestBridge;

beforeAll(async () => {
  worker = await startLocalWorker({ vars: CHAOS_VARS });
  proxy = await startChaosProxy(worker.port);
  bridge = await startTestBridge(`ws://127.0.0.1:${proxy.port}`);
});

afterAll(async () => {
  await bridge?.shutdown();
  await proxy?.close();
  await worker?.stop();
});

describe("chaos: no loss, no duplicates, order, membership, unread", () => {
  const seed = chaosSeed();
  const options: WorkloadOptions = LONG
    ? { seed, label: "soak", durationMs: 240_000, users: 16, devicesPerUser: 2, thinkMs: [40, 400], faultEveryMs: [150, 700], faults: ALL_FAULTS, httpShare: 0.15, queueFailureRate: QUEUE_FAILURE_RATE, finishWithinMs: 60_000 }
    : { seed, label: "short", durationMs: 25_000, users: 6, devicesPerUser: 2, thinkMs: [60, 400], faultEveryMs: [250, 900], faults: ALL_FAULTS, httpShare: 0.15, queueFailureRate: QUEUE_FAILURE_RATE, finishWithinMs: 45_000 };

  it(`holds every promise under faults (seed ${seed}; replay with CHAOS_SEED=${seed})`, async () => {
    const run = await runWorkload({ baseUrl: worker.baseUrl, wsUrl: worker.wsUrl, tcpPort: bridge.tcpPort, dropUpstream: () => proxy.dropAll() }, options);
    const { stats, anomalies } = run.check;
    const summary = {
      seed,
      history: run.historyPath,
      clients: run.clients,
      transports: run.transports,
      messages: stats.messages,
      conversations: stats.conversations,
      invokes: stats.invokes,
      resends: stats.resends,
      acks: stats.acks,
      pushes: stats.pushes,
      rawDuplicatePushes: stats.rawDuplicatePushes,
      historyReads: stats.historyReads,
      connections: stats.connections,
      faults: stats.faults,
      errorCodes: run.errorCodes,
      finishMs: run.finishMs,
      convergeMs: run.convergeMs,
      anomalies: anomalies.length,
    };
    console.log(`chaos ${options.label}: ${JSON.stringify(summary)}`);
    if (anomalies.length > 0) console.log(`chaos anomalies (seed ${seed}):\n${anomalies.slice(0, 30).map((a) => JSON.stringify(a)).join("\n")}`);
    expect(anomalies, `seed ${seed}: replay with CHAOS_SEED=${seed}`).toEqual([]);
    // The run really exercised what it claims to.
    expect(stats.messages).toBeGreaterThan(LONG ? 2_000 : 200);
    for (const kind of ALL_FAULTS) expect(stats.faults[kind] ?? 0, `fault ${kind} injected`).toBeGreaterThan(0);
    expect(Object.keys(run.transports).sort()).toEqual(["tcp", "ws-binary", "ws-json"]);
    expect(stats.invokes - stats.acks).toBeGreaterThanOrEqual(0);
    // Only the codes faults cause: nothing internal, nothing refused.
    const unexpected = Object.keys(run.errorCodes).filter((c) => !EXPECTED_CODES.has(c));
    expect(unexpected, `seed ${seed}`).toEqual([]);
  });
});
