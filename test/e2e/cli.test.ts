/**
 * The `imserver` binary (bin/imserver.mjs), run as a real process against the real local
 * Worker: register/login, send, tail (history since a seq, then live), conversations,
 * groups, NDJSON output, and the exit codes and messages of each failure.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, cliRunner, lines } from "../helpers/node/cli.js";
import { startLocalWorker, type LocalWorker } from "../helpers/node/local-worker.js";

const PASSWORD = "correct horse battery";

let worker: LocalWorker;
let dir: string;

beforeAll(async () => {
  worker = await startLocalWorker();
  dir = mkdtempSync(join(tmpdir(), "imserver-cli-"));
});

afterAll(async () => {
  await worker?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const { cli } = cliRunner({
  get dir() {
    return dir;
  },
  get url() {
    return worker.baseUrl;
  },
});

const s = Date.now().toString(36);
const alice = `cli_alice_${s}`;
const bob = `cli_bob_${s}`;

describe("imserver CLI", () => {
  it("registers and logs in (password from a flag or stdin), with NDJSON output and a private session file", async () => {
    const reg = await cli("alice", ["register", alice, "--password", PASSWORD, "--json"]);
    expect(reg.code).toBe(0);
    const [session] = lines(reg.stdout);
    expect(session).toMatchObject({ record: "session", user: { username: alice }, url: worker.baseUrl });
    expect(statSync(join(dir, "alice.json")).mode & 0o777).toBe(0o600);

    expect((await cli("bob", ["register", bob], { input: `${PASSWORD}\n` })).code).toBe(0);
    const login = await cli("bob", ["login", bob], { input: `${PASSWORD}\n` });
    expect(login).toMatchObject({ code: 0, stdout: expect.stringContaining(`signed in as ${bob}`) });

    const who = await cli("bob", ["whoami", "--json"]);
    expect(lines(who.stdout)[0]).toMatchObject({ record: "user", user: { username: bob } });
  });

  it("refuses wrong credentials, unknown users and a taken name with exit codes 3 and 4", async () => {
    const wrong = await cli("eve", ["login", alice, "--password", "not the password"]);
    expect(wrong).toMatchObject({ code: 3, stdout: "" });
    expect(wrong.stderr).toBe("imserver: invalid username or password\n");
    const wrongJson = await cli("eve", ["login", alice, "--password", "not the password", "--json"]);
    expect(lines(wrongJson.stderr)).toEqual([{ record: "error", code: "unauthorized", message: "invalid username or password", exitCode: 3 }]);
    const taken = await cli("eve", ["register", alice, "--password", PASSWORD]);
    expect(taken.code).toBe(4);
    expect(taken.stderr).toMatch(/already taken/);
    const nobody = await cli("alice", ["send", "@nobody_by_that_name", "hi"]);
    expect(nobody).toMatchObject({ code: 4, stderr: "imserver: no user named nobody_by_that_name\n" });
  });

  it("sends by @username and by conversation id (text from arguments or stdin), binary encoding too", async () => {
    const first = await cli("alice", ["send", `@${bob}`, "hello", "bob", "--json"]);
    expect(first.code).toBe(0);
    const [ack] = lines(first.stdout);
    expect(ack).toMatchObject({ record: "ack", seq: 1, conversationId: expect.stringMatching(/^d:/) });
    const second = await cli("alice", ["send", ack!["conversationId"], "-", "--encoding", "binary"], { input: "from stdin\n" });
    expect(second).toMatchObject({ code: 0, stdout: `sent: seq 2 in ${ack!["conversationId"]}\n` });
    const third = await cli("bob", ["send", `@${alice}`, "hi alice \u001b[31mred\u001b[0m"]);
    expect(third.code).toBe(0);
  });

  it("tail prints history since a seq, in order, as NDJSON or text (control characters escaped)", async () => {
    const json = await cli("bob", ["tail", `@${alice}`, "--since-seq", "0", "--no-follow", "--json"]);
    expect(json.code).toBe(0);
    expect(lines(json.stdout).map((m) => [m["record"], m["seq"], m["content"].text])).toEqual([
      ["message", 1, "hello bob"],
      ["message", 2, "from stdin"],
      ["message", 3, "hi alice \u001b[31mred\u001b[0m"],
    ]);
    const text = await cli("alice", ["tail", `@${bob}`, "--since-seq", "1", "--no-follow"]);
    expect(text.code).toBe(0);
    const out = text.stdout.trim().split("\n");
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(new RegExp(`^\\[2\\] \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d ${alice}: from stdin$`));
    expect(out[1]).toContain(`${bob}: hi alice \\u001b[31mred\\u001b[0m`);
    const recent = await cli("alice", ["tail", `@${bob}`, "--limit", "1", "--no-follow", "--json"]);
    expect(lines(recent.stdout).map((m) => m["seq"])).toEqual([3]);
  });

  it("tail follows live messages until interrupted, then exits 0", async () => {
    const child = spawn(process.execPath, [BIN, "tail", `@${alice}`, "--since-seq", "2", "--json"], {
      env: { ...process.env, IMSERVER_CONFIG: join(dir, "bob.json") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const waitFor = async (cond: () => boolean, what: string) => {
      const deadline = Date.now() + 20_000;
      while (!cond()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; stdout: ${stdout}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    try {
      await waitFor(() => lines(stdout).length === 1, "history");
      expect((await cli("alice", ["send", `@${bob}`, "live one"])).code).toBe(0);
      expect((await cli("alice", ["send", `@${bob}`, "live two"])).code).toBe(0);
      await waitFor(() => lines(stdout).length === 3, "live messages");
      expect(lines(stdout).map((m) => [m["seq"], m["content"].text])).toEqual([
        [3, "hi alice \u001b[31mred\u001b[0m"],
        [4, "live one"],
        [5, "live two"],
      ]);
      child.kill("SIGINT");
      expect(await exited).toBe(0);
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("lists conversations with unread counts", async () => {
    const res = await cli("bob", ["conversations", "--json"]);
    expect(res.code).toBe(0);
    const [c] = lines(res.stdout);
    expect(c).toMatchObject({ record: "conversation", lastSeq: 5, unread: 2, lastMessage: { content: { text: "live two" } } });
  });

  it("groups: lists the groups the user belongs to", async () => {
    const none = await cli("alice", ["groups"]);
    expect(none.code).toBe(0);
    const saved = JSON.parse(readFileSync(join(dir, "alice.json"), "utf8")) as { session: { accessToken: string } };
    const bobId = (await (await fetch(`${worker.baseUrl}/v1/users?username=${bob}`, { headers: { authorization: `Bearer ${saved.session.accessToken}` } })).json()) as { user: { id: string } };
    const created = await fetch(`${worker.baseUrl}/v1/groups`, {
      method: "POST",
      headers: { authorization: `Bearer ${saved.session.accessToken}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "cli team", members: [bobId.user.id] }),
    });
    expect(created.status).toBe(201);
    const { group } = (await created.json()) as { group: { id: string } };
    const res = await cli("alice", ["groups"]);
    expect(res).toMatchObject({ code: 0, stdout: `g:${group.id}  cli team\n` });
    const json = await cli("bob", ["groups", "--json"]);
    expect(lines(json.stdout)[0]).toMatchObject({ record: "group", id: group.id, name: "cli team", memberCount: 2, role: "member" });
  });

  it("fails clearly on usage errors, no session, and an unreachable server", async () => {
    expect(await cli("alice", ["frobnicate"])).toMatchObject({ code: 2, stderr: "imserver: unknown command frobnicate (see imserver --help)\n" });
    expect(await cli("alice", ["send", `@${bob}`])).toMatchObject({ code: 2, stderr: expect.stringContaining("usage: imserver send") });
    expect(await cli("alice", ["tail", `@${bob}`, "--since-seq", "-1"])).toMatchObject({ code: 2, stderr: expect.stringContaining("--since-seq must be an integer") });
    expect(await cli("alice", ["send", `@${bob}`, "x", "--transport", "udp"])).toMatchObject({ code: 2, stderr: "imserver: --transport must be ws or tcp, not udp\n" });
    expect(await cli("nobody", ["send", `@${bob}`, "x"])).toMatchObject({ code: 3, stderr: "imserver: not signed in: run `imserver login <username>` first\n" });
    const down = await cli("alice", ["send", `@${bob}`, "x", "--url", "http://127.0.0.1:9"]);
    expect(down.code).toBe(5);
    expect(down.stderr).toMatch(/cannot (connect to|reach) http:\/\/127\.0\.0\.1:9/);
    const help = await cli("alice", ["--help"]);
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining("usage: imserver") });
  });

  it("logs out: the session file is gone and the server no longer accepts its tokens", async () => {
    const file = join(dir, "alice.json");
    const saved = readFileSync(file, "utf8");
    const out = await cli("alice", ["logout"]);
    expect(out).toMatchObject({ code: 0, stdout: "signed out\n" });
    expect(existsSync(file)).toBe(false);
    expect(await cli("alice", ["whoami"])).toMatchObject({ code: 3 });
    // Even a copy of the old session file is useless now.
    writeFileSync(file, saved);
    expect(await cli("alice", ["whoami"])).toMatchObject({ code: 3, stderr: expect.stringMatching(/session has ended|refresh token/) });
  });
});
