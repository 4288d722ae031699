/**
 * `npm pack` of sdk/ yields a package an app can install and use: it is installed into a
 * fresh project, type-checked there by a TypeScript consumer (strict, no skipLibCheck,
 * browser types only: no Node built-ins needed), and run by a Node app (with `ws`) that
 * chats through the real local Worker.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalWorker, type LocalWorker } from "../helpers/node/local-worker.js";

const ROOT = join(import.meta.dirname, "..", "..");
let worker: LocalWorker;
let dir: string;
let tarball: string;
let files: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "imserver-sdk-pack-"));
  worker = await startLocalWorker();
  const packed = execFileSync("npm", ["pack", "./sdk", "--pack-destination", dir, "--json"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const [info] = JSON.parse(packed) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(dir, info!.filename);
  files = info!.files.map((f) => f.path);
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the packed SDK", () => {
  it("ships the ESM bundle, its declarations and the package files, and no sources", () => {
    expect(files).toEqual(expect.arrayContaining(["package.json", "README.md", "dist/index.js", "dist/types/sdk/src/index.d.ts", "dist/types/shared/protocol.d.ts", "dist/types/shared/proto/im.d.ts"]));
    expect(files.filter((f) => f.startsWith("src/") || f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
    const bundle = readFileSync(join(ROOT, "sdk", "dist", "index.js"), "utf8");
    // One protocol definition, bundled in; no Node built-ins in the entry.
    expect(bundle).toContain("im.v1");
    expect(bundle).not.toMatch(/from\s+["']node:|require\(["'](fs|net|tls|crypto|buffer)["']\)/);
  });

  it("installs into a fresh app, type-checks strictly, and chats through the local Worker", async () => {
    const app = join(dir, "app");
    execFileSync("mkdir", ["-p", app]);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "sdk-consumer", private: true, type: "module" }));
    const install = spawnSync("npm", ["install", tarball, "ws@8.23.0", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], { cwd: app, encoding: "utf8" });
    expect(install.status, install.stderr).toBe(0);

    writeFileSync(
      join(app, "consumer.ts"),
      `import { ChatClient, AuthSession, ChatError, directConversationId, type Message, type ConversationState, type StateChange, type OutboxEntry } from "@imserver/sdk";
export async function run(url: string): Promise<Message[]> {
  const session = await AuthSession.register({ username: "consumer_x", password: "correct horse battery" }, { url });
  const client = new ChatClient({ url, token: session.provider, encoding: "binary" });
  const seen: Message[] = [];
  client.on("message", (m: Message) => seen.push(m));
  client.on("state", (s: StateChange) => void s.retryInMs);
  client.on("outbox", (e: OutboxEntry) => void e.status);
  await client.connect();
  const ack = await client.send({ conversationId: directConversationId(session.user!.id, "01ZZZZZZZZZZZZZZZZZZZZZZZZ"), text: "hi" }).catch((e: unknown) => (e instanceof ChatError ? e.code : "other"));
  const list: ConversationState[] = client.conversations();
  void ack; void list;
  client.close();
  return seen;
}
`,
    );
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { target: "es2022", module: "nodenext", moduleResolution: "nodenext", lib: ["es2022", "dom"], types: [], strict: true, noEmit: true, skipLibCheck: false }, files: ["consumer.ts"] }),
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", app], { encoding: "utf8" });
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);

    writeFileSync(
      join(app, "chat.mjs"),
      `import WebSocket from "ws";
import { AuthSession, ChatClient } from "@imserver/sdk";
const url = process.argv[2];
const stamp = Date.now().toString(36);
const options = { url };
const a = await AuthSession.register({ username: "pkg_a_" + stamp, password: "correct horse battery" }, options);
const b = await AuthSession.register({ username: "pkg_b_" + stamp, password: "correct horse battery" }, options);
const alice = new ChatClient({ url, token: a.provider, WebSocket });
const bob = new ChatClient({ url, token: b.provider, WebSocket, encoding: "binary" });
const got = new Promise((resolve) => bob.on("message", (m) => resolve(m)));
await Promise.all([alice.connect(), bob.connect()]);
const ack = await alice.send({ to: b.user.id, text: "from the packed sdk" });
const message = await got;
console.log(JSON.stringify({ ack, message }));
alice.close();
bob.close();
`,
    );
    const run = spawnSync(process.execPath, [join(app, "chat.mjs"), worker.baseUrl], { cwd: app, encoding: "utf8", timeout: 30_000 });
    expect(run.status, run.stderr).toBe(0);
    const { ack, message } = JSON.parse(run.stdout) as { ack: { seq: number; conversationId: string }; message: { seq: number; content: { text: string } } };
    expect(ack.seq).toBe(1);
    expect(message).toMatchObject({ seq: 1, conversationId: ack.conversationId, content: { text: "from the packed sdk" } });
  });
});
