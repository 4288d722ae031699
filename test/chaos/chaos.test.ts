/**
 * The seeded chaos run against the real local Worker (wrangler dev, started with the test
 * hooks): clients on every transport chat while sockets drop, consumers stall, user and
 * conversation objects are reset, the bridge loses its upstream and the queue fails first
 * deliveries; then the history checker must find 0 anomalies.
 *
 * `npm test` runs a short run (20 s of chaos, then the storm); `npm run test:chaos -- --long` a soak
 * of several minutes with more clients. A failure prints the seed: replay it with
 * `CHAOS_SEED=<seed> npm run test:chaos`. The history is kept in test-artifacts/chaos/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestBridge, type TestBridge } from "../helpers/node/bridge.js";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { freePort, makeStateDir, startLocalWorker, type LocalWorker } from "../helpers/node/local-worker.js";
import { startChaosProxy, type ChaosProxy } from "../helpers/node/tcp-proxy.js";
import { chaosSeed } from "./harness/rng.js";
import { runStorm } from "./harness/storm.js";
import { probeGroups, type GroupDriver } from "./harness/groups.js";
import { ALL_FAULTS, EXPECTED_CODES, EXPECTED_GROUP_CODES, runWorkload, type FaultKind, type WorkloadOptions } from "./harness/workload.js";
import { CHAOS_VARS, PUSH_DROP_RATE, QUEUE_FAILURE_RATE } from "./harness/server-vars.js";

const LONG = process.env.CHAOS_LONG === "1";

let worker: LocalWorker;
let proxy: ChaosProxy;
let bridge: TestBridge;
/** The groups feature, when this server has it (then group workload and membership churn join in). */
let groups: GroupDriver | undefined;
// One server for both runs, on a fixed port and state directory so it can be killed and
// restarted where its clients expect it.
const persistDir = makeStateDir();
let port: number;
const start = () => startLocalWorker({ vars: CHAOS_VARS, persistDir, port });

beforeAll(async () => {
  port = await freePort();
  worker = await start();
  proxy = await startChaosProxy(worker.port);
  bridge = await startTestBridge(`ws://127.0.0.1:${proxy.port}`);
  groups = await probeGroups(worker.baseUrl);
});

afterAll(async () => {
  await bridge?.shutdown();
  await proxy?.close();
  await worker?.stop();
  rmSync(persistDir, { recursive: true, force: true });
});

const seed = chaosSeed();

/** On a failed run: the server's whole output goes to test-artifacts/chaos/, its end to the console. */
const keepServerLog = (what: string) => (err: unknown): never => {
  const log = join(import.meta.dirname, "..", "..", "test-artifacts", "chaos", `server-${what}-${seed}.log`);
  mkdirSync(dirname(log), { recursive: true });
  writeFileSync(log, worker.output());
  console.log(`${what} run failed (seed ${seed}); the server's output is in ${log}; its end:\n${worker.output().slice(-2000)}`);
  throw err;
};

describe("chaos: no loss, no duplicates, order, membership, unread", () => {
  const options = (): WorkloadOptions => {
    const faults: FaultKind[] = groups ? [...ALL_FAULTS, "member_remove", "member_add"] : ALL_FAULTS;
    const shared = { seed, faults, httpShare: 0.15, queueFailureRate: QUEUE_FAILURE_RATE, pushDropRate: PUSH_DROP_RATE, groups };
    return LONG
      ? { ...shared, label: "soak", durationMs: 240_000, users: 16, devicesPerUser: 2, thinkMs: [40, 400], faultEveryMs: [150, 700], finishWithinMs: 60_000, groupCount: 4 }
      : { ...shared, label: "short", durationMs: 20_000, users: 6, devicesPerUser: 2, thinkMs: [60, 400], faultEveryMs: [250, 900], finishWithinMs: 45_000, groupCount: 2 };
  };

  it(`holds every promise under faults (seed ${seed}; replay with CHAOS_SEED=${seed})`, async () => {
    const run = await runWorkload({ baseUrl: worker.baseUrl, wsUrl: worker.wsUrl, tcpPort: bridge.tcpPort, dropUpstream: () => proxy.dropAll() }, options()).catch(keepServerLog("chaos"));
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
      groups: run.groups,
      anomalies: anomalies.length,
    };
    console.log(`chaos ${LONG ? "soak" : "short"}: ${JSON.stringify(summary)}`);
    if (!groups) console.log("chaos: this server has no groups feature (POST /v1/groups is 404): 1:1 conversations only");
    if (anomalies.length > 0) console.log(`chaos anomalies (seed ${seed}):\n${anomalies.slice(0, 30).map((a) => JSON.stringify(a)).join("\n")}`);
    expect(anomalies, `seed ${seed}: replay with CHAOS_SEED=${seed}`).toEqual([]);
    // The run really exercised what it claims to.
    expect(stats.messages).toBeGreaterThan(LONG ? 2_000 : 200);
    for (const kind of ALL_FAULTS) expect(stats.faults[kind] ?? 0, `fault ${kind} injected`).toBeGreaterThan(0);
    expect(Object.keys(run.transports).sort()).toEqual(["tcp", "ws-binary", "ws-json"]);
    if (groups) {
      expect(run.groups).toBeGreaterThan(0);
      expect(run.groupResets, "a group object was reset mid-run").toBeGreaterThan(0);
      expect((stats.faults["member_add"] ?? 0) + (stats.faults["member_remove"] ?? 0)).toBeGreaterThan(0);
    }
    expect(stats.invokes - stats.acks).toBeGreaterThanOrEqual(0);
    // Only the codes faults cause: nothing internal, nothing refused.
    const unexpected = Object.keys(run.errorCodes).filter((c) => !EXPECTED_CODES.has(c) && !(groups && EXPECTED_GROUP_CODES.has(c)));
    expect(unexpected, `seed ${seed}`).toEqual([]);
  });
});

describe("reconnect storm across a server kill", () => {
  it(`1,000 clients reconnect with jitter after kill -9 and a restart; nothing acked is lost (seed ${seed})`, async () => {
    const run = await runStorm(
      { baseUrl: worker.baseUrl, wsUrl: worker.wsUrl, tcpPort: bridge.tcpPort },
      {
        seed,
        users: 100,
        devicesPerUser: 10,
        backoff: { baseMs: 5_000, capMs: 8_000 },
        kill: () => worker.kill(),
        restart: async () => {
          worker = await start();
        },
        reconnectWithinMs: 60_000,
      },
    ).catch(keepServerLog("storm"));
    const { stats, anomalies } = run.check;
    console.log(`storm: ${JSON.stringify({ seed, history: run.historyPath, clients: run.clients, connectMs: run.connectMs, downMs: run.downMs, reconnectMs: run.reconnectMs, peakAttemptShare: run.peakAttemptShare, attemptsDuringOutage: run.attemptsDuringOutage, messages: stats.messages, pushes: stats.pushes, historyReads: stats.historyReads, anomalies: anomalies.length })}`);
    if (anomalies.length > 0) console.log(`storm anomalies (seed ${seed}):\n${anomalies.slice(0, 30).map((a) => JSON.stringify(a)).join("\n")}`);
    expect(anomalies, `seed ${seed}: replay with CHAOS_SEED=${seed}`).toEqual([]);
    expect(run.clients).toBe(1_000);
    // 3 messages per user: before the kill, written during the outage, after the restart.
    expect(stats.messages).toBe(3 * 100);
    // Jitter spreads the herd: no second sees every client knocking at once.
    expect(run.peakAttemptShare).toBeLessThan(0.5);
  });
});
