/** `imserver`: the IMServer command-line client (docs/cli.md). */
import { parseArgs, UsageError } from "./args.js";
import { COMMANDS } from "./commands.js";
import { EXIT, exitCodeOf } from "./exit-codes.js";
import { Output } from "./output.js";

const VERSION = "0.1.0";

const HELP = `imserver ${VERSION}: the IMServer command-line client

usage: imserver [options] <command> [arguments]

commands:
  register <username>          create an account and sign in
  login <username>             sign in (password: --password, IMSERVER_PASSWORD, prompt, or stdin)
  logout                       end the session
  whoami                       show the signed-in user
  send <to> <text…>            send a message; <to> is @username, a user id, or a
                               conversation id (d:…, g:…); text "-" reads stdin
  tail <conversation>          print history, then follow new messages (Ctrl-C stops)
      --since-seq N            print history after seq N (default: the last --limit)
      --limit N                how many recent messages without --since-seq (default 20)
      --no-follow              exit after the history
  conversations                list conversations with unread counts
  groups                       list your groups

options:
  --url <url>                  server (default: the saved session's, IMSERVER_URL, or
                               http://127.0.0.1:8787)
  --json                       NDJSON output: one JSON object per line, with a "type"
  --transport ws|tcp           ws (default: the WebSocket gateway) or tcp (the TCP bridge)
  --tcp <address>              the TCP bridge: tcp://host:port, tls://host:port or host:port
                               (default: the one given at login, IMSERVER_TCP, or
                               tcp://127.0.0.1:9000); implies --transport tcp
  --encoding json|binary       WebSocket frame encoding (default json; TCP is binary)
  --config <file>              session file (default IMSERVER_CONFIG or
                               ~/.config/imserver/session.json)
  --device-id <id>             device id of this connection (default: a new one per run)
  -h, --help                   this help;  -v, --version   the version

exit codes: 0 ok, 1 server error, 2 usage, 3 not signed in / auth refused,
            4 refused (not found, forbidden, taken, invalid), 5 server unreachable,
            6 not available on this server yet`;

async function main(argv: string[]): Promise<number> {
  let json = argv.includes("--json");
  const out = () => new Output(json);
  try {
    const parsed = parseArgs(argv);
    json = parsed.flags.has("json");
    if (parsed.flags.has("version")) {
      process.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (parsed.flags.has("help") || parsed.command === "help" || parsed.command === undefined) {
      process.stdout.write(`${HELP}\n`);
      return parsed.command === undefined && !parsed.flags.has("help") ? EXIT.usage : EXIT.ok;
    }
    const command = COMMANDS[parsed.command];
    if (!command || !Object.hasOwn(COMMANDS, parsed.command)) throw new UsageError(`unknown command ${parsed.command} (see imserver --help)`);
    await command({ p: parsed, out: out() });
    return EXIT.ok;
  } catch (err) {
    const code = exitCodeOf(err);
    out().error(err, code);
    return code;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    // Sockets and timers may linger briefly; the command is done.
    process.exitCode = code;
    setTimeout(() => process.exit(code), 50).unref();
  },
  (err: unknown) => {
    process.stderr.write(`imserver: ${String(err)}\n`);
    process.exit(EXIT.error);
  },
);
