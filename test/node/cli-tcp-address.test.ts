/** `--tcp` addresses of the CLI (cli/tcp-address.ts). */
import { describe, expect, it } from "vitest";
import { UsageError } from "../../cli/args.js";
import { formatTcpAddress, parseTcpAddress } from "../../cli/tcp-address.js";

describe("parseTcpAddress", () => {
  it.each([
    ["tcp://127.0.0.1:9000", { host: "127.0.0.1", port: 9000, tls: false }, "tcp://127.0.0.1:9000"],
    ["127.0.0.1:9001", { host: "127.0.0.1", port: 9001, tls: false }, "tcp://127.0.0.1:9001"],
    ["TLS://Chat.Example.com:9443", { host: "chat.example.com", port: 9443, tls: true }, "tls://chat.example.com:9443"],
    ["tls://chat.example.com", { host: "chat.example.com", port: 9000, tls: true }, "tls://chat.example.com:9000"],
    ["[::1]:9000", { host: "::1", port: 9000, tls: false }, "tcp://[::1]:9000"],
    ["tcp://localhost:9000/", { host: "localhost", port: 9000, tls: false }, "tcp://localhost:9000"],
  ])("%s", (text, address, formatted) => {
    expect(parseTcpAddress(text)).toEqual(address);
    expect(formatTcpAddress(parseTcpAddress(text))).toBe(formatted);
  });

  it.each(["", "tcp://", "ftp://host:21", "wss://host:443", "host:0", "host:65536", "tcp://user:pw@host:9000", "tcp://host:9000/path", "tcp://host:9000?x=1", "host:port"])(
    "refuses %j with a usage error",
    (text) => {
      expect(() => parseTcpAddress(text)).toThrow(UsageError);
    },
  );
});
