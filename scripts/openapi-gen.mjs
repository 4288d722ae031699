#!/usr/bin/env node
// Writes docs/openapi.json: starts the Worker in-process (wrangler's unstable_startWorker,
// no persistence, random port), fetches /openapi.json, which the Worker generates from its
// own route table and zod schemas, and pretty-prints it. test/workers/openapi.test.ts fails
// when the committed file differs from what the Worker serves.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { unstable_startWorker } from "wrangler";

process.env.CLOUDFLARE_CF_FETCH_ENABLED = "false";
process.env.WRANGLER_SEND_METRICS = "false";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const worker = await unstable_startWorker({
  config: join(root, "wrangler.toml"),
  dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, persist: false, watch: false, logLevel: "warn" },
});
try {
  await worker.ready;
  const res = await worker.fetch("http://localhost/openapi.json");
  if (!res.ok) throw new Error(`/openapi.json answered ${res.status}: ${await res.text()}`);
  const spec = await res.json();
  writeFileSync(join(root, "docs", "openapi.json"), `${JSON.stringify(spec, null, 2)}\n`);
  console.log(`wrote docs/openapi.json (${Object.keys(spec.paths).length} paths)`);
} finally {
  await worker.dispose();
}
