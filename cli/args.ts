/** Command-line parsing: `imserver [options] <command> [arguments]`, options anywhere. */
export interface Parsed {
  command: string | undefined;
  positionals: string[];
  flags: Map<string, string | true>;
}

/** Options that take a value (`--url x` or `--url=x`); everything else is a boolean flag. */
const WITH_VALUE = new Set(["url", "config", "transport", "encoding", "password", "since-seq", "limit", "device-id", "timeout", "tcp"]);
const SHORT: Record<string, string> = { h: "help", v: "version" };

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export function parseArgs(argv: string[]): Parsed {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = arg.slice(2, eq === -1 ? undefined : eq);
      if (!name) throw new UsageError(`bad option ${arg}`);
      if (WITH_VALUE.has(name)) {
        const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        flags.set(name, value);
      } else {
        if (eq !== -1) throw new UsageError(`--${name} takes no value`);
        flags.set(name, true);
      }
    } else if (/^-[a-z]$/.test(arg)) {
      const name = SHORT[arg[1]!];
      if (!name) throw new UsageError(`unknown option ${arg}`);
      flags.set(name, true);
    } else {
      positionals.push(arg);
    }
  }
  const [command, ...rest] = positionals;
  return { command, positionals: rest, flags };
}

export function stringFlag(p: Parsed, name: string): string | undefined {
  const v = p.flags.get(name);
  return typeof v === "string" ? v : undefined;
}

export function intFlag(p: Parsed, name: string, min: number, max: number): number | undefined {
  const v = stringFlag(p, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be an integer from ${min} to ${max}`);
  return n;
}

export function checkFlags(p: Parsed, allowed: string[]): void {
  for (const name of p.flags.keys()) if (!allowed.includes(name)) throw new UsageError(`unknown option --${name}${p.command ? ` for ${p.command}` : ""}`);
}
