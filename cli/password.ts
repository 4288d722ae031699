/** The password for login/register: --password, IMSERVER_PASSWORD, a prompt on a terminal, or stdin's first line. */
import { createInterface } from "node:readline";

export async function readPassword(flag: string | undefined): Promise<string> {
  if (flag !== undefined) return flag;
  const env = process.env["IMSERVER_PASSWORD"];
  if (env) return env;
  if (process.stdin.isTTY) return prompt("Password: ");
  return firstLine();
}

async function firstLine(): Promise<string> {
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return "";
}

/** Reads a line from the terminal without echoing it. */
function prompt(question: string): Promise<string> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    let value = "";
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString("utf8")) {
        if (ch === "\r" || ch === "\n" || ch === "\u0004") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stderr.write("\n");
          resolve(value);
          return;
        }
        if (ch === "\u0003") process.exit(130);
        value = ch === "\u007f" ? value.slice(0, -1) : value + ch;
      }
    };
    stdin.on("data", onData);
  });
}
