/**
 * WEB-04: the web app never hands user data to an HTML parser. No file in web/src uses an
 * HTML sink; all DOM is built by web/src/dom.ts from elements and text nodes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..", "..", "web", "src");
const SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|srcdoc|DOMParser|createContextualFragment|setAttribute\(\s*["']on|eval\(|new Function\()/;

describe("web app HTML sinks", () => {
  it("has none in any source file", () => {
    const files = readdirSync(SRC).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.flatMap((f) =>
      readFileSync(join(SRC, f), "utf8")
        .split("\n")
        .map((line, i) => ({ where: `${f}:${i + 1}`, line }))
        .filter(({ line }) => SINKS.test(line)),
    );
    expect(offenders).toEqual([]);
  });
});
