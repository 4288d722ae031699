/** The `imserver` commands. Each resolves when done (tail: when stopped) or throws a ChatError/UsageError. */
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { ApiClient, AuthSession, ChatError, directConversationId, type ChatClient, type Message, type PublicUser } from "../sdk/src/index.js";
import { checkFlags, intFlag, stringFlag, UsageError, type Parsed } from "./args.js";
import { configPath, loadSaved, save } from "./config.js";
import { Output, safe, time } from "./output.js";
import { readPassword } from "./password.js";
import { connectClient, DEFAULT_URL, endpointOf, openSession, transportOf } from "./session.js";
import { formatTcpAddress, parseTcpAddress } from "./tcp-address.js";

const COMMON = ["url", "config", "json", "help"];
const CONNECT = [...COMMON, "transport", "encoding", "tcp", "device-id"];
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

interface Ctx {
  p: Parsed;
  out: Output;
}

export const COMMANDS: Record<string, (c: Ctx) => Promise<void>> = {
  register: (c) => signIn(c, "register"),
  login: (c) => signIn(c, "login"),

  async logout({ p, out }) {
    checkFlags(p, COMMON);
    const file = configPath(stringFlag(p, "config"));
    const { session } = openSession(file, stringFlag(p, "url"));
    await session.logout();
    save(file, undefined);
    out.record("logout", {}, "signed out");
  },

  async whoami({ p, out }) {
    checkFlags(p, COMMON);
    const { session, saved } = openSession(configPath(stringFlag(p, "config")), stringFlag(p, "url"));
    const me = await apiOf(session, saved.url).me();
    out.record("user", { user: me.user, url: saved.url }, `${me.user.username} (${me.user.id}) on ${saved.url}`);
  },

  async send({ p, out }) {
    checkFlags(p, CONNECT);
    const [target, ...words] = p.positionals;
    if (!target || words.length === 0) throw new UsageError("usage: imserver send <@username|userId|conversationId> <text…>  (text - reads stdin)");
    const text = words.length === 1 && words[0] === "-" ? readFileSync(0, "utf8").replace(/\n$/, "") : words.join(" ");
    const { client, session, api } = await connected(p);
    try {
      const to = await resolveTarget(api, target, session.user!.id);
      const ack = await client.send({ ...to, text });
      out.record("ack", ack, `sent: seq ${ack.seq} in ${ack.conversationId}${ack.duplicate ? " (already stored)" : ""}`);
    } finally {
      client.close();
    }
  },

  async tail({ p, out }) {
    checkFlags(p, [...CONNECT, "since-seq", "limit", "no-follow"]);
    const [target] = p.positionals;
    if (!target || p.positionals.length > 1) throw new UsageError("usage: imserver tail <@username|userId|conversationId> [--since-seq N] [--limit N] [--no-follow]");
    const since = intFlag(p, "since-seq", 0, Number.MAX_SAFE_INTEGER);
    const limit = intFlag(p, "limit", 1, 10_000) ?? 20;
    const { client, session, api } = await connected(p);
    const me = session.user!.id;
    const to = await resolveTarget(api, target, me);
    const conversationId = to.conversationId ?? directConversationId(me, to.to!);
    const names = new Names(api);
    let printed = since ?? Math.max(0, (client.conversation(conversationId)?.lastSeq ?? 0) - limit);
    const print = async (m: Message) => {
      if (m.seq <= printed) return;
      printed = m.seq;
      const who = await names.of(m.senderId);
      out.record("message", m, `[${m.seq}] ${time(m.ts)} ${safe(who)}: ${safe(m.content.text ?? `[${m.type}]`)}`);
    };
    // Live messages wait while history prints, so output stays in seq order without gaps.
    const live: Message[] = [];
    let following = false;
    let chain = Promise.resolve();
    client.on("message", (m) => {
      if (m.conversationId !== conversationId) return;
      if (following) chain = chain.then(() => print(m));
      else live.push(m);
    });
    for (let more = true; more; ) {
      const page = await client.history(conversationId, { afterSeq: printed, limit: 200 });
      for (const m of page.messages) await print(m);
      more = page.hasMore && page.messages.length > 0;
    }
    for (const m of live.sort((a, b) => a.seq - b.seq)) await print(m);
    if (p.flags.has("no-follow")) {
      client.close();
      return;
    }
    following = true;
    out.status(`following ${conversationId} (Ctrl-C to stop)`);
    await followUntilStopped(client, out);
  },

  async conversations({ p, out }) {
    checkFlags(p, [...COMMON, "limit"]);
    const { session, saved } = openSession(configPath(stringFlag(p, "config")), stringFlag(p, "url"));
    const api = apiOf(session, saved.url);
    const page = await api.conversations({ limit: intFlag(p, "limit", 1, 200) ?? 50 });
    const names = new Names(api);
    for (const c of page.conversations) {
      const title = c.peerId ? await names.of(c.peerId) : c.conversationId;
      const last = c.lastMessage ? `${safe(c.lastMessage.content.text ?? `[${c.lastMessage.type}]`).slice(0, 60)}` : "";
      out.record("conversation", c, `${c.conversationId}  ${safe(title)}  unread ${c.unread}  ${last}`);
    }
  },

  async groups({ p, out }) {
    checkFlags(p, COMMON);
    const { session, saved } = openSession(configPath(stringFlag(p, "config")), stringFlag(p, "url"));
    let groups;
    try {
      groups = await apiOf(session, saved.url).groups();
    } catch (err) {
      if (err instanceof ChatError && err.code === "not_supported") throw new ChatError("not_supported", `groups are not available on ${saved.url} yet (the server does not offer GET /v1/groups)`);
      throw err;
    }
    for (const g of groups) out.record("group", g, `g:${g.id}  ${safe(g.name)}`);
    if (groups.length === 0) out.status("no groups");
  },
};

async function signIn({ p, out }: Ctx, mode: "login" | "register"): Promise<void> {
  checkFlags(p, [...COMMON, "password", "device-id", "tcp"]);
  const [username] = p.positionals;
  if (!username || p.positionals.length > 1) throw new UsageError(`usage: imserver ${mode} <username> [--password <p>]  (or IMSERVER_PASSWORD, or stdin)`);
  const file = configPath(stringFlag(p, "config"));
  const url = stringFlag(p, "url") ?? process.env["IMSERVER_URL"] ?? DEFAULT_URL;
  // The bridge for later `--transport tcp` commands, saved beside the URL (checked before the password prompt).
  const tcpText = stringFlag(p, "tcp") ?? (process.env["IMSERVER_TCP"] || undefined);
  const tcp = tcpText === undefined ? {} : { tcp: formatTcpAddress(parseTcpAddress(tcpText)) };
  const password = await readPassword(stringFlag(p, "password"));
  const deviceId = stringFlag(p, "device-id");
  const options = { url };
  const credentials = { username, password, ...(deviceId ? { deviceId } : {}) };
  const session = mode === "login" ? await AuthSession.login(credentials, options) : await AuthSession.register(credentials, options);
  save(file, { url, ...tcp, session: session.data! });
  const user = session.user!;
  out.record("session", { user, url, ...tcp }, `${mode === "login" ? "signed in" : "registered and signed in"} as ${user.username} (${user.id}) on ${url}`);
}

async function connected(p: Parsed): Promise<{ client: ChatClient; session: AuthSession; api: ApiClient }> {
  const flags = { transport: stringFlag(p, "transport"), encoding: stringFlag(p, "encoding"), tcp: stringFlag(p, "tcp") };
  const file = configPath(stringFlag(p, "config"));
  // Usage errors first, before "not signed in".
  const transport = transportOf(flags, loadSaved(file)?.tcp);
  const { session, saved } = openSession(file, stringFlag(p, "url"));
  // Each invocation is its own device, so `send` in one shell never replaces `tail` in another.
  const deviceId = stringFlag(p, "device-id") ?? `cli-${randomBytes(6).toString("hex")}`;
  const client = connectClient(session, saved.url, transport, deviceId);
  const failure = new Promise<never>((_, reject) =>
    client.on("state", (s) => {
      if (s.state === "reconnecting" && s.attempt >= 3) reject(new ChatError("unavailable", `cannot connect to ${endpointOf(transport, saved.url)}: ${s.reason ?? "connection failed"}`));
    }),
  );
  failure.catch(() => undefined);
  try {
    await Promise.race([client.connect(), failure]);
  } catch (err) {
    client.close();
    if (err instanceof ChatError && err.code === "closed") throw new ChatError("unauthorized", "the server refused the session: run `imserver login` again");
    throw err;
  }
  return { client, session, api: client.api };
}

/** The HTTP API with the saved session, for commands that need no socket. */
function apiOf(session: AuthSession, url: string): ApiClient {
  return new ApiClient({ url, token: () => session.accessToken() });
}

/** `@name` → that user; a ULID → that user id; `d:…`/`g:…` → that conversation; else a username. */
async function resolveTarget(api: ApiClient, target: string, me: string): Promise<{ conversationId?: string; to?: string }> {
  if (target.startsWith("d:") || target.startsWith("g:")) return { conversationId: target };
  if (ULID.test(target)) return { to: target };
  const username = target.startsWith("@") ? target.slice(1) : target;
  let user: PublicUser;
  try {
    user = await api.userByUsername(username);
  } catch (err) {
    if (err instanceof ChatError && err.code === "not_found") throw new ChatError("not_found", `no user named ${username}`);
    throw err;
  }
  if (user.id === me) throw new ChatError("bad_request", "cannot start a conversation with yourself");
  return { to: user.id };
}

class Names {
  private readonly cache = new Map<string, Promise<string>>();
  constructor(private readonly api: ApiClient) {}
  of(id: string): Promise<string> {
    let p = this.cache.get(id);
    if (!p) {
      p = this.api.user(id).then(
        (u) => u.username,
        () => id,
      );
      this.cache.set(id, p);
    }
    return p;
  }
}

/** Resolves on SIGINT/SIGTERM; rejects when the connection ends for good. */
function followUntilStopped(client: ChatClient, out: Output): Promise<void> {
  return new Promise((resolve, reject) => {
    let stopping = false;
    const stop = () => {
      stopping = true;
      client.close();
      resolve();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    client.on("state", (s) => {
      if (s.state === "reconnecting") out.status(`connection lost (${s.reason ?? "?"}); reconnecting${s.retryInMs ? ` in ${Math.ceil(s.retryInMs / 1000)} s` : ""}…`);
      if (s.state === "connected") out.status("reconnected");
      if (s.state === "disconnected" && !stopping) {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        const reason = s.reason ?? "closed";
        reject(new ChatError(reason === "session_ended" || reason === "unauthorized" ? "unauthorized" : "closed", `connection ended: ${reason}`));
      }
    });
  });
}
