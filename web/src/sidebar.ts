/** Who you are, starting chats and groups, and the conversation list with unread badges. */
import { h, replaceChildren } from "./dom.js";
import { visible } from "./text.js";

export interface ConversationRow {
  id: string;
  title: string;
  preview: string;
  unread: number;
  /** Presence of a direct peer: undefined while unknown. */
  online: boolean | undefined;
}

export interface SidebarActions {
  open(conversationId: string): void;
  startChat(username: string): Promise<void>;
  newGroup(): void;
  logout(): void;
}

export class Sidebar {
  readonly el: HTMLElement;
  private readonly list = h("ul", { class: "conversations", data: { test: "conversations" } });
  private readonly chatError = h("div", { class: "error", role: "alert", data: { test: "start-error" } });
  readonly groupButton = h("button", { type: "button", data: { test: "new-group" } }, "New group");
  private readonly groupHint = h("div", { class: "hint hidden", data: { test: "groups-hint" } }, "Groups are not available on this server yet.");
  private readonly rows = new Map<string, RowView>();

  constructor(displayName: string, username: string, private readonly actions: SidebarActions) {
    const peer = h("input", { placeholder: "Chat with username…", autocomplete: "off", maxLength: 32, data: { test: "peer-username" } });
    const start = h(
      "form",
      {
        on: {
          submit: (e) => {
            e.preventDefault();
            const name = peer.value.trim();
            if (!name) return;
            this.chatError.textContent = "";
            actions.startChat(name).then(
              () => (peer.value = ""),
              (err: Error) => (this.chatError.textContent = err.message),
            );
          },
        },
      },
      peer,
      h("button", { type: "submit", data: { test: "start-chat" } }, "Chat"),
    );
    this.groupButton.addEventListener("click", () => actions.newGroup());
    this.el = h(
      "aside",
      { class: "sidebar" },
      h(
        "div",
        { class: "me" },
        h("span", { class: "name", title: `@${username}`, data: { test: "me" } }, visible(displayName)),
        h("button", { type: "button", data: { test: "logout" }, on: { click: () => actions.logout() } }, "Sign out"),
      ),
      h("div", { class: "start" }, start, this.chatError, this.groupButton, this.groupHint),
      this.list,
    );
  }

  /** Groups awaiting the server's groups feature: the button explains instead of failing. */
  setGroupsAvailable(available: boolean): void {
    this.groupButton.disabled = !available;
    this.groupButton.title = available ? "Create a group" : "Groups are not available on this server yet";
    this.groupHint.classList.toggle("hidden", available);
  }

  /**
   * Updates the list in place: each conversation keeps its `li` for as long as it is listed,
   * and rows move only when the order changes. Rebuilding the rows on every event would
   * lose clicks: a press and release that straddle a re-render land on two different
   * elements, and the browser then sends the click to the list, not to the row.
   */
  render(rows: ConversationRow[], active: string | undefined): void {
    const listed = new Set<string>();
    const order: HTMLLIElement[] = [];
    for (const r of rows) {
      listed.add(r.id);
      let row = this.rows.get(r.id);
      if (!row) {
        row = new RowView(r.id, () => this.actions.open(r.id));
        this.rows.set(r.id, row);
      }
      row.update(r, r.id === active);
      order.push(row.el);
    }
    for (const id of [...this.rows.keys()]) if (!listed.has(id)) this.rows.delete(id);
    const current = this.list.children;
    const same = current.length === order.length && order.every((el, i) => current[i] === el);
    if (!same) replaceChildren(this.list, ...order);
  }
}

/** One conversation in the list; its element lives as long as the conversation is listed. */
class RowView {
  readonly el: HTMLLIElement;
  private readonly dot = h("span", { data: { test: "presence" } });
  private readonly title = h("span", { class: "title", data: { test: "conversation-title" } });
  private readonly badge = h("span", {});
  private readonly preview = h("span", { class: "preview", data: { test: "preview" } });

  constructor(id: string, open: () => void) {
    this.el = h("li", { data: { test: "conversation", id }, on: { click: open } }, this.dot, this.title, this.badge, this.preview);
  }

  update(r: ConversationRow, active: boolean): void {
    setText(this.el, "className", `conversation${active ? " active" : ""}`);
    setText(this.dot, "className", `dot ${r.online === undefined ? "unknown" : r.online ? "online" : "offline"}`);
    setText(this.dot, "title", r.online === undefined ? "" : r.online ? "online" : "offline");
    setText(this.title, "textContent", visible(r.title));
    setText(this.badge, "className", r.unread > 0 ? "badge" : "");
    setText(this.badge, "textContent", r.unread > 0 ? (r.unread > 99 ? "99+" : String(r.unread)) : "");
    if (r.unread > 0) this.badge.dataset["test"] = "unread";
    else delete this.badge.dataset["test"];
    setText(this.preview, "textContent", r.preview);
  }
}

/** Writes a string property only when it changes (no needless layout or mutation records). */
function setText<E extends HTMLElement>(el: E, key: "className" | "title" | "textContent", value: string): void {
  if (el[key] !== value) el[key] = value;
}
