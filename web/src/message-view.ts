/** One message bubble. Every piece of user data goes in as text (see dom.ts, text.ts). */
import type { Content } from "../../sdk/src/index.js";
import { h } from "./dom.js";
import { richText, visible } from "./text.js";

export type DeliveryStatus = "pending" | "failed" | "sent" | "delivered" | "read";

export interface MessageModel {
  key: string;
  mine: boolean;
  /** Shown above the body in group conversations. */
  sender?: string;
  type: string;
  content: Content;
  ts: number;
  seq?: number;
  clientMsgId: string;
  status?: DeliveryStatus;
  error?: string;
}

const STATUS_TEXT: Record<DeliveryStatus, string> = {
  pending: "Sending…",
  failed: "Not sent",
  sent: "✓",
  delivered: "✓✓",
  read: "✓✓ Read",
};

export function signature(m: MessageModel): string {
  return JSON.stringify([m.sender, m.type, m.content, m.seq, m.status, m.error]);
}

export function renderMessage(m: MessageModel, actions: { retry(clientMsgId: string): void; discard(clientMsgId: string): void }): HTMLElement {
  const status = m.status
    ? h(
        "span",
        { class: `status ${m.status}`, data: { test: "status", status: m.status }, ...(m.error ? { title: m.error } : {}) },
        STATUS_TEXT[m.status],
        m.status === "failed" ? h("button", { type: "button", data: { test: "retry" }, on: { click: () => actions.retry(m.clientMsgId) } }, "Retry") : null,
        m.status === "failed" ? h("button", { type: "button", on: { click: () => actions.discard(m.clientMsgId) } }, "Delete") : null,
      )
    : null;
  return h(
    "div",
    { class: `message${m.mine ? " mine" : ""}`, data: { test: "message", key: m.key, ...(m.seq ? { seq: String(m.seq) } : {}) } },
    m.sender ? h("div", { class: "meta", data: { test: "sender" } }, visible(m.sender)) : null,
    h("div", { class: "body", data: { test: "body" } }, ...body(m.type, m.content)),
    h("div", { class: "meta" }, h("time", {}, clock(m.ts)), status),
  );
}

function body(type: string, content: Content): Array<Node | string> {
  if (type === "text") return richText(content.text ?? "");
  if ((type === "file" || type === "image") && content.file) return [`[${type}: ${visible(content.file.name ?? content.file.id)}]`];
  if (type === "custom") return ["[custom message]"];
  return [visible(content.text ?? `[${type}]`)];
}

function clock(ts: number): string {
  return ts ? new Date(ts).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }) : "";
}
