#!/usr/bin/env node
// Mints an admin API key straight into D1: the way to get the first key (later keys can
// be made through POST /v1/admin/keys). Prints the key once; only its hash is stored.
//
//   npm run admin:key -- --name ops --scopes '*' --local            (local dev database)
//   npm run admin:key -- --name ci --scopes users:read,metrics:read --remote
//   options: --expires-days N, --persist-to DIR (with --local, as `npm start` IM_PERSIST_DIR)
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SCOPES = ["users:read", "users:write", "users:ban", "sessions:revoke", "messages:send", "messages:trace", "dlq:read", "dlq:write", "webhooks:manage", "metrics:read", "keys:manage", "*"];
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function fail(message) {
  console.error(message);
  process.exit(2);
}

const name = arg("name") ?? "admin";
const scopes = (arg("scopes") ?? "*").split(",").map((s) => s.trim()).filter(Boolean);
const remote = process.argv.includes("--remote");
const persist = arg("persist-to");
const days = arg("expires-days");
// The values are inlined into the SQL text (wrangler d1 execute has no bind parameters), so
// each one is checked against a strict shape first; nothing free-form reaches the SQL.
if (!/^[A-Za-z0-9 _.-]{1,100}$/.test(name)) fail("--name: 1-100 of letters, digits, space, _ . -");
for (const s of scopes) if (!SCOPES.includes(s)) fail(`unknown scope ${s}; one of ${SCOPES.join(", ")}`);
if (days !== undefined && !/^\d{1,4}$/.test(days)) fail("--expires-days: a whole number of days");
if (!remote && !process.argv.includes("--local")) fail("say --local or --remote");

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
function ulid(now) {
  let time = "";
  for (let t = now, i = 0; i < 10; i++, t = Math.floor(t / 32)) time = CROCKFORD[t % 32] + time;
  let rand = "";
  for (const b of randomBytes(16)) rand += CROCKFORD[b % 32];
  return time + rand;
}

const now = Date.now();
const id = ulid(now);
const secret = randomBytes(32).toString("base64url");
const hash = createHash("sha256").update(secret).digest("hex");
const expires = days === undefined ? "NULL" : String(now + Number(days) * 86_400_000);
const sql = `INSERT INTO api_keys (id, name, secret_hash, scopes, created_at, created_by, expires_at) VALUES ('${id}', '${name}', '${hash}', '${scopes.join(" ")}', ${now}, 'bootstrap', ${expires})`;
const wrangler = join(root, "node_modules", "wrangler", "bin", "wrangler.js");
const run = spawnSync(process.execPath, [wrangler, "d1", "execute", "DB", remote ? "--remote" : "--local", ...(persist ? ["--persist-to", persist] : []), "--command", sql], {
  cwd: root,
  env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" },
  encoding: "utf8",
});
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  fail("could not store the key (are the migrations applied? `npm run db:migrate:local`)");
}
console.log(`API key "${name}" (${scopes.join(" ")}), id ${id}. Store it now; it is not shown again:`);
console.log(`imk_${id}_${secret}`);
