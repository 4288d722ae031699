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

  render(rows: ConversationRow[], active: string | undefined): void {
    replaceChildren(
      this.list,
      ...rows.map((r) =>
        h(
          "li",
          {
            class: `conversation${r.id === active ? " active" : ""}`,
            data: { test: "conversation", id: r.id },
            on: { click: () => this.actions.open(r.id) },
          },
          h("span", { class: `dot ${r.online === undefined ? "unknown" : r.online ? "online" : "offline"}`, title: r.online === undefined ? "" : r.online ? "online" : "offline", data: { test: "presence" } }),
          h("span", { class: "title", data: { test: "conversation-title" } }, visible(r.title)),
          r.unread > 0 ? h("span", { class: "badge", data: { test: "unread" } }, r.unread > 99 ? "99+" : String(r.unread)) : h("span", {}),
          h("span", { class: "preview", data: { test: "preview" } }, r.preview),
        ),
      ),
    );
  }
}
