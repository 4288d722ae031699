/**
 * Generated files must match their sources: the protobufjs static module (im.js/im.d.ts)
 * must match im.proto, and docs/protocol.md's generated sections must match the code.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DOC_PATH, GROUPS_DOC_PATH, renderDoc, renderGroupsDoc } from "../../scripts/protocol-doc.js";

const root = join(import.meta.dirname, "..", "..");

describe("generated files", () => {
  it("shared/proto/im.js and im.d.ts match shared/proto/im.proto (npm run proto:gen)", () => {
    const run = () => execFileSync(process.execPath, [join(root, "scripts", "proto-gen.mjs"), "--check"], { cwd: root, encoding: "utf8", stdio: "pipe" });
    expect(run).not.toThrow();
  });

  it("docs/protocol.md's generated sections match the protocol (npm run docs:protocol)", () => {
    const current = readFileSync(DOC_PATH, "utf8");
    expect(renderDoc(current)).toBe(current);
  });

  it("docs/groups.md's permission table matches objects/group/permissions.ts (npm run docs:protocol)", () => {
    const current = readFileSync(GROUPS_DOC_PATH, "utf8");
    expect(renderGroupsDoc(current)).toBe(current);
  });
});
