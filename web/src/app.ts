/**
 * The signed-in app: one AuthSession and one ChatClient per tab, the sidebar, the open
 * conversation and the connection banner, wired to the SDK's events, typing, presence,
 * peer receipts and groups included.
 */
import { AuthSession, ChatClient, ChatError, directConversationId, groupConversationId, parseConversationId, type SessionData, type StateChange } from "../../sdk/src/index.js";
import { ChatView, type PeerState } from "./chat-view.js";
import { formDialog } from "./dialogs.js";
import { Directory } from "./directory.js";
import { h } from "./dom.js";
import { clientStorage, forgetClientState, loadSession, onSessionChangedElsewhere, saveSession, tabDeviceId, withRefreshLock } from "./persist.js";
import { Sidebar, type ConversationRow } from "./sidebar.js";
import { preview } from "./text.js";
import { Threads } from "./threads.js";

const TYPING_SHOWN_MS = 5_000;

export class ChatApp implements PeerState {
  readonly el: HTMLElement;
  readonly client: ChatClient;
  private readonly session: AuthSession;
  private readonly me: string;
  private readonly threads = new Threads();
  private readonly directory: Directory;
  private readonly sidebar: Sidebar;
  private readonly chat: ChatView;
  private readonly banner = h("div", { class: "banner hidden", role: "status", data: { test: "banner" } });
  private readonly opened = new Set<string>();
  private readonly peerRead = new Map<string, number>();
  private readonly peerDelivered = new Map<string, number>();
  private readonly typists = new Map<string, Map<string, number>>();
  private readonly presence = new Map<string, boolean>();
  private renderTimer: number | undefined;

  constructor(data: SessionData, private readonly signedOut: () => void) {
    this.me = data.user.id;
    this.session = new AuthSession(data, {
      url: location.origin,
      onChange: (next) => {
        saveSession(next);
        if (!next) this.end();
      },
      shared: { lock: withRefreshLock, load: loadSession },
    });
    const deviceId = tabDeviceId();
    const storage = clientStorage();
    this.client = new ChatClient({
      url: location.origin,
      token: this.session.provider,
      deviceId,
      ...(storage ? { storage, storageKey: `imserver:${this.me}:${deviceId}` } : {}),
    });
    this.directory = new Directory(this.client.api, () => this.schedule());
    this.directory.remember(data.user);
    this.sidebar = new Sidebar(data.user.displayName, data.user.username, {
      open: (id) => this.open(id),
      startChat: (username) => this.startChat(username),
      newGroup: () => this.newGroup(),
      logout: () => void this.logout(),
    });
    this.chat = new ChatView(this.client, this.threads, this.directory, this, this.me, {
      addMember: (groupId) => this.addMember(groupId),
      read: (id) => this.maybeRead(id),
      closed: () => {
        if (location.hash) history.replaceState(null, "", location.pathname);
        this.schedule();
      },
    });
    this.el = h("div", { class: "shell-wrap" }, this.banner, h("div", { class: "shell" }, this.sidebar.el, this.chat.el));
    this.el.style.display = "contents";
    this.wire();
  }

  start(): void {
    void this.client.connect().catch(() => undefined);
    void this.probeGroups();
    const fromHash = decodeURIComponent(location.hash.replace(/^#\/c\//, ""));
    if (fromHash && fromHash !== location.hash) void this.open(fromHash);
    this.schedule();
  }

  // PeerState: positions and signals of other users (fed by receipt/typing/presence events).
  readSeq(conversationId: string): number {
    return this.peerRead.get(conversationId) ?? 0;
  }
  deliveredSeq(conversationId: string): number {
    return this.peerDelivered.get(conversationId) ?? 0;
  }
  typing(conversationId: string): string[] {
    const now = Date.now();
    return [...(this.typists.get(conversationId) ?? new Map<string, number>())].filter(([, until]) => until > now).map(([user]) => user);
  }
  online(userId: string): boolean | undefined {
    return this.presence.get(userId);
  }

  private wire(): void {
    const c = this.client;
    c.on("message", (m) => {
      this.threads.get(m.conversationId).add(m);
      if (m.conversationId === this.chat.conversationId) this.maybeRead(m.conversationId);
      this.schedule();
    });
    c.on("outbox", () => this.schedule());
    c.on("conversation", () => this.schedule());
    c.on("state", (s) => this.showState(s));
    c.on("receipt", (r) => {
      if (r.userId === this.me) return;
      if (r.readSeq !== undefined) this.peerRead.set(r.conversationId, Math.max(this.readSeq(r.conversationId), r.readSeq));
      if (r.deliveredSeq !== undefined) this.peerDelivered.set(r.conversationId, Math.max(this.deliveredSeq(r.conversationId), r.deliveredSeq));
      this.schedule();
    });
    c.on("typing", (t) => {
      if (t.userId === this.me) return;
      const map = this.typists.get(t.conversationId) ?? new Map<string, number>();
      if (t.typing) map.set(t.userId, Date.now() + TYPING_SHOWN_MS);
      else map.delete(t.userId);
      this.typists.set(t.conversationId, map);
      this.schedule();
      setTimeout(() => this.schedule(), TYPING_SHOWN_MS + 50);
    });
    c.on("presence", (p) => {
      this.presence.set(p.userId, p.online);
      this.schedule();
    });
    // Pushes carry only transitions: after every (re)connect, ask for the peers' state.
    c.on("synced", () => void this.queryPresence(this.client.conversations().flatMap((x) => (x.peerId ? [x.peerId] : []))));
    window.addEventListener("online", () => c.online());
    document.addEventListener("visibilitychange", () => {
      const id = this.chat.conversationId;
      if (id) this.maybeRead(id);
    });
    window.addEventListener("hashchange", () => {
      const id = decodeURIComponent(location.hash.replace(/^#\/c\//, ""));
      if (id && id !== this.chat.conversationId) void this.open(id);
    });
    onSessionChangedElsewhere((data) => {
      if (!data || data.user.id !== this.me) this.end();
    });
  }

  private showState(s: StateChange): void {
    const b = this.banner;
    b.replaceChildren();
    b.className = "banner";
    b.dataset["state"] = s.state;
    if (s.state === "connected") {
      b.classList.add("hidden");
    } else if (s.state === "connecting") {
      b.append("Connecting…");
    } else if (s.state === "reconnecting") {
      const waiting = this.client.pending().filter((e) => e.status === "pending").length;
      b.append(`Connection lost. Reconnecting${s.retryInMs ? ` in ${Math.ceil(s.retryInMs / 1000)} s` : "…"}${waiting ? ` · ${waiting} message${waiting > 1 ? "s" : ""} waiting` : ""}`);
      b.append(h("button", { type: "button", on: { click: () => this.client.online() } }, "Retry now"));
    } else if (s.reason === "replaced") {
      b.classList.add("bad");
      b.append("This chat was opened in another window.");
      b.append(h("button", { type: "button", on: { click: () => void this.client.connect().catch(() => undefined) } }, "Use here"));
    } else if (s.reason === "session_ended" || s.reason === "unauthorized" || s.reason === "token_expired") {
      this.end();
    } else {
      b.classList.add("bad");
      b.append(`Disconnected${s.reason ? ` (${s.reason})` : ""}.`);
      b.append(h("button", { type: "button", on: { click: () => void this.client.connect().catch(() => undefined) } }, "Reconnect"));
    }
  }

  private async open(conversationId: string): Promise<void> {
    this.opened.add(conversationId);
    const hash = `#/c/${encodeURIComponent(conversationId)}`;
    if (location.hash !== hash) history.replaceState(null, "", hash);
    this.schedule();
    const ref = parseConversationId(conversationId);
    if (ref?.kind === "direct") void this.queryPresence(ref.members.filter((u) => u !== this.me));
    await this.chat.open(conversationId).catch((err: unknown) => this.fail(err));
    this.maybeRead(conversationId);
  }

  /** Presence of these users (their answers arrive as `presence` events); failures only leave the dots grey. */
  private async queryPresence(userIds: string[]): Promise<void> {
    await this.client.queryPresence(userIds).catch(() => undefined);
  }

  private async startChat(username: string): Promise<void> {
    let peer;
    try {
      peer = await this.directory.byUsername(username);
    } catch (err) {
      if (err instanceof ChatError && err.code === "not_found") throw new Error(`No user named “${username}”.`);
      if (err instanceof ChatError && err.code === "bad_request") throw new Error("Usernames are 3-32 letters, digits or _.-");
      throw err;
    }
    if (peer.id === this.me) throw new Error("That is you.");
    await this.open(directConversationId(this.me, peer.id));
  }

  /** Reads what is on screen: only the open conversation, only while the page is visible. */
  private maybeRead(conversationId: string): void {
    if (conversationId !== this.chat.conversationId || document.visibilityState !== "visible") return;
    if ((this.client.conversation(conversationId)?.unread ?? 0) > 0) this.client.markRead(conversationId);
  }

  private schedule(): void {
    if (this.renderTimer !== undefined) return;
    this.renderTimer = window.setTimeout(() => {
      this.renderTimer = undefined;
      this.render();
    }, 16);
  }

  private render(): void {
    const known = this.client.conversations();
    const rows: ConversationRow[] = known.map((c) => {
      const last = c.lastMessage;
      const text = last ? (last.type === "text" ? (last.content.text ?? "") : `[${last.type}]`) : "";
      return {
        id: c.conversationId,
        title: this.directory.title(c.conversationId, this.me),
        preview: last ? `${last.senderId === this.me ? "You: " : ""}${preview(text)}` : "",
        unread: c.unread,
        online: c.peerId ? this.presence.get(c.peerId) : undefined,
      };
    });
    for (const id of this.opened) {
      if (!known.some((c) => c.conversationId === id)) rows.unshift({ id, title: this.directory.title(id, this.me), preview: "", unread: 0, online: undefined });
    }
    this.sidebar.render(rows, this.chat.conversationId);
    this.chat.refresh();
    const unread = known.reduce((n, c) => n + c.unread, 0);
    document.title = unread > 0 ? `(${unread}) IMServer chat` : "IMServer chat";
  }

  private async probeGroups(): Promise<void> {
    try {
      for (const g of await this.client.api.groups()) this.directory.rememberGroup(g);
      this.sidebar.setGroupsAvailable(true);
      this.schedule();
    } catch {
      // `not_supported` until the server has the groups feature (any failure: same UI).
      this.sidebar.setGroupsAvailable(false);
    }
  }

  private newGroup(): void {
    formDialog("New group", [{ name: "name", placeholder: "Group name" }, { name: "members", placeholder: "Usernames, comma-separated" }], "Create", async (v) => {
      if (!v["name"]) return "Give the group a name.";
      const names = (v["members"] ?? "").split(",").map((s) => s.trim()).filter(Boolean);
      const members = await Promise.all(names.map((n) => this.directory.byUsername(n).then((u) => u.id, () => Promise.reject(new Error(`No user named “${n}”.`)))));
      const group = await this.client.api.createGroup({ name: v["name"], members });
      this.directory.rememberGroup(group);
      await this.open(groupConversationId(group.id));
      return undefined;
    });
  }

  private addMember(groupId: string): void {
    formDialog("Add member", [{ name: "username", placeholder: "Username" }], "Add", async (v) => {
      const user = await this.directory.byUsername(v["username"] ?? "").catch(() => undefined);
      if (!user) return "No such user.";
      await this.client.api.addGroupMembers(groupId, [user.id]);
      return undefined;
    });
  }

  private async logout(): Promise<void> {
    this.client.close();
    // Signing out on purpose also forgets this tab's unsent messages and sync position.
    forgetClientState(`imserver:${this.me}:${tabDeviceId()}`);
    await this.session.logout();
    this.end();
  }

  private ended = false;

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.client.close();
    saveSession(undefined);
    this.signedOut();
  }

  private fail(err: unknown): void {
    const b = this.banner;
    b.className = "banner bad";
    b.replaceChildren(err instanceof ChatError ? err.message : "Something went wrong.");
  }
}
