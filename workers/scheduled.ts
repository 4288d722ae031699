/**
 * The scheduled handler (cron in wrangler.toml): maintenance that must happen even when
 * nobody calls. Each task is independent; one failing does not stop the others.
 */
import { log } from "../shared/log.js";
import { configFrom } from "./config.js";
import { pruneConsumed } from "./events/consumed.js";
import { sweepEventOutbox } from "./events/d1-outbox.js";
import { pruneFailures } from "./events/retry.js";
import { collectOrphans } from "./files/gc.js";

export interface MaintenanceReport {
  orphanFilesDeleted: number;
  consumedIdsPruned: number;
  failuresPruned: number;
  eventsResent: number;
  errors: string[];
}

export async function scheduled(controller: ScheduledController, env: Env): Promise<MaintenanceReport> {
  const now = controller.scheduledTime;
  const config = configFrom(env);
  const report: MaintenanceReport = { orphanFilesDeleted: 0, consumedIdsPruned: 0, failuresPruned: 0, eventsResent: 0, errors: [] };
  const task = async (name: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (err) {
      report.errors.push(name);
      log.error("maintenance.failed", { task: name, err });
    }
  };
  await task("files", async () => {
    report.orphanFilesDeleted = (await collectOrphans(env, config, now)).deleted;
  });
  await task("consumed", async () => {
    report.consumedIdsPruned = await pruneConsumed(env.DB, now);
  });
  await task("failures", async () => {
    report.failuresPruned = await pruneFailures(env.DB, 15 * 24 * 3_600_000, now);
  });
  await task("event_outbox", async () => {
    report.eventsResent = await sweepEventOutbox(env, 60_000, now);
  });
  log.info("maintenance.done", { ...report });
  return report;
}
