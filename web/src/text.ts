/**
 * Message text as the user sees it: always text nodes; web links become anchors only when
 * they parse as http(s) or mailto URLs; invisible direction overrides are shown as visible
 * markers, so "‮gnp.exe" cannot pose as "exe.png".
 */
import { h } from "./dom.js";

/** Bidi embedding/override/isolate controls and marks. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export function visible(text: string): string {
  return text.replace(BIDI, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}⟩`);
}

const LINK = /\b(?:https?:\/\/|mailto:)[^\s<>"'`]+/gi;

/** Text with safe links, as nodes. */
export function richText(text: string): Node[] {
  const shown = visible(text);
  const out: Node[] = [];
  let last = 0;
  for (const match of shown.matchAll(LINK)) {
    const raw = match[0].replace(/[.,;:!?)\]]+$/, "");
    const at = match.index ?? 0;
    const href = safeHref(raw);
    if (!href) continue;
    if (at > last) out.push(document.createTextNode(shown.slice(last, at)));
    const a = h("a", {}, raw);
    a.href = href;
    a.rel = "noopener noreferrer";
    a.target = "_blank";
    out.push(a);
    last = at + raw.length;
  }
  if (last < shown.length) out.push(document.createTextNode(shown.slice(last)));
  return out;
}

export function safeHref(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return url.protocol === "http:" || url.protocol === "https:" || url.protocol === "mailto:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** One-line preview of a message body. */
export function preview(text: string, max = 80): string {
  const one = visible(text).replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
