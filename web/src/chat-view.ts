/**
 * The open conversation: header (name, presence, typing), the message list with
 * scroll-back paging and per-message delivery state, and the composer.
 */
import { ChatError, parseConversationId, type ChatClient, type Message } from "../../sdk/src/index.js";
import type { Directory } from "./directory.js";
import { h, replaceChildren } from "./dom.js";
import { renderMessage, signature, type DeliveryStatus, type MessageModel } from "./message-view.js";
import type { Threads } from "./threads.js";

const PAGE = 50;

export interface PeerState {
  /** Peer read/delivered positions per conversation (receipts from the server's receipts feature). */
  readSeq(conversationId: string): number;
  deliveredSeq(conversationId: string): number;
  typing(conversationId: string): string[];
  online(userId: string): boolean | undefined;
}

export class ChatView {
  readonly el: HTMLElement;
  private active: string | undefined;
  private readonly title = h("span", { class: "title", data: { test: "chat-title" } });
  private readonly dot = h("span", { class: "dot hidden", data: { test: "peer-presence" } });
  private readonly typingLabel = h("span", { class: "typing", data: { test: "typing" } });
  private readonly addMember = h("button", { type: "button", class: "hidden", data: { test: "add-member" } }, "Add member");
  private readonly closeButton = h("button", { type: "button", title: "Close this conversation", data: { test: "close-chat" } }, "Close");
  private readonly list = h("div", { class: "messages", data: { test: "messages" } });
  private readonly input = h("textarea", { placeholder: "Write a message…", maxLength: 16_384, data: { test: "composer" } });
  private readonly sendButton = h("button", { type: "submit", class: "primary", data: { test: "send" } }, "Send");
  private readonly composer: HTMLFormElement;
  private readonly rendered = new Map<string, { sig: string; el: HTMLElement }>();

  constructor(
    private readonly client: ChatClient,
    private readonly threads: Threads,
    private readonly directory: Directory,
    private readonly peers: PeerState,
    private readonly me: string,
    private readonly actions: { addMember(groupId: string): void; read(conversationId: string): void; closed(): void },
  ) {
    this.composer = h("form", { class: "composer", on: { submit: (e) => (e.preventDefault(), this.send()) } }, this.input, this.sendButton);
    this.input.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey) {
        e.preventDefault();
        this.send();
      }
    });
    this.input.addEventListener("input", () => {
      if (this.active && this.input.value) this.client.typing(this.active);
    });
    this.list.addEventListener("scroll", () => {
      if (this.list.scrollTop < 40) void this.loadOlder();
    });
    this.addMember.addEventListener("click", () => {
      const ref = this.active ? parseConversationId(this.active) : undefined;
      if (ref?.kind === "group") this.actions.addMember(ref.groupId);
    });
    this.closeButton.addEventListener("click", () => this.close());
    this.el = h("section", { class: "chat" });
    this.showEmpty();
  }

  /** Back to no open conversation (nothing is being read). */
  close(): void {
    this.showEmpty();
    this.actions.closed();
  }

  private showEmpty(): void {
    this.active = undefined;
    this.rendered.clear();
    replaceChildren(this.el, h("div", { class: "empty", data: { test: "no-chat" } }, "Pick a conversation, or start one by username."));
  }

  get conversationId(): string | undefined {
    return this.active;
  }

  async open(conversationId: string): Promise<void> {
    if (this.active !== conversationId) {
      this.active = conversationId;
      this.rendered.clear();
      this.list.replaceChildren();
      replaceChildren(this.el, h("header", {}, this.dot, this.title, this.typingLabel, h("span", { class: "spacer" }), this.addMember, this.closeButton), this.list, this.composer);
      this.input.focus();
    }
    this.refresh();
    const thread = this.threads.get(conversationId);
    if (!thread.loaded) {
      thread.loading ??= this.loadLatest(conversationId).finally(() => (thread.loading = undefined));
      await thread.loading;
    }
    this.scrollToBottom();
  }

  /** Re-renders the header and the messages (keeps unchanged bubbles, and the scroll position). */
  refresh(): void {
    const id = this.active;
    if (!id) return;
    const ref = parseConversationId(id);
    this.title.textContent = this.directory.title(id, this.me);
    const peer = ref?.kind === "direct" ? (ref.members[0] === this.me ? ref.members[1] : ref.members[0]) : undefined;
    const online = peer ? this.peers.online(peer) : undefined;
    this.dot.className = online === undefined ? "dot hidden" : `dot ${online ? "online" : "offline"}`;
    this.addMember.classList.toggle("hidden", ref?.kind !== "group");
    const typists = this.peers.typing(id).map((u) => this.directory.userName(u));
    this.typingLabel.textContent = typists.length === 0 ? "" : `${typists.join(", ")} ${typists.length === 1 ? "is" : "are"} typing…`;
    this.renderMessages(id, ref?.kind === "group");
  }

  private renderMessages(id: string, group: boolean): void {
    const thread = this.threads.get(id);
    const models: MessageModel[] = thread.sorted().map((m) => this.model(m, group));
    for (const p of this.client.pending(id)) {
      if (thread.hasClientMsgId(this.me, p.clientMsgId)) continue;
      models.push({
        key: `${this.me}:${p.clientMsgId}`,
        mine: true,
        type: p.message.type,
        content: p.message.content,
        ts: p.createdAt,
        clientMsgId: p.clientMsgId,
        status: p.status === "failed" ? "failed" : "pending",
        ...(p.error ? { error: p.error.message } : {}),
      });
    }
    const stick = this.atBottom();
    const heightBefore = this.list.scrollHeight;
    const topBefore = this.list.scrollTop;
    const firstBefore = this.list.firstElementChild;
    const keep = new Set<string>();
    const nodes: HTMLElement[] = [];
    if (thread.hasMoreBefore && thread.loaded) nodes.push(h("div", { class: "older" }, thread.loading ? "Loading…" : "Scroll up for older messages"));
    for (const m of models) {
      keep.add(m.key);
      const sig = signature(m);
      let r = this.rendered.get(m.key);
      if (!r || r.sig !== sig) {
        r = { sig, el: renderMessage(m, { retry: (c) => void this.client.retry(c).catch(() => undefined), discard: (c) => (this.client.discard(c), this.refresh()) }) };
        this.rendered.set(m.key, r);
      }
      nodes.push(r.el);
    }
    for (const key of [...this.rendered.keys()]) if (!keep.has(key)) this.rendered.delete(key);
    this.list.replaceChildren(...nodes);
    if (stick) this.scrollToBottom();
    else if (firstBefore && this.list.firstElementChild !== firstBefore) this.list.scrollTop = topBefore + (this.list.scrollHeight - heightBefore);
  }

  private model(m: Message, group: boolean): MessageModel {
    const mine = m.senderId === this.me;
    const model: MessageModel = { key: `${m.senderId}:${m.clientMsgId}`, mine, type: m.type, content: m.content, ts: m.ts, seq: m.seq, clientMsgId: m.clientMsgId };
    if (group && !mine) model.sender = this.directory.userName(m.senderId);
    if (mine) model.status = this.statusOf(m);
    return model;
  }

  private statusOf(m: Message): DeliveryStatus {
    if (this.peers.readSeq(m.conversationId) >= m.seq) return "read";
    if (this.peers.deliveredSeq(m.conversationId) >= m.seq) return "delivered";
    return "sent";
  }

  private send(): void {
    const text = this.input.value;
    if (!this.active || !text.trim()) return;
    this.input.value = "";
    // Failures show on the message itself (outbox events), with a Retry button.
    this.client.send({ conversationId: this.active, text }).catch(() => undefined);
    this.refresh();
    this.scrollToBottom();
  }

  private async loadLatest(id: string): Promise<void> {
    const thread = this.threads.get(id);
    try {
      thread.addPage(await this.client.latest(id, PAGE), false);
      thread.loaded = true;
    } catch (err) {
      // A conversation that does not exist yet (or is not ours) has no history to show.
      if (!(err instanceof ChatError) || (err.code !== "forbidden" && err.code !== "not_found")) throw err;
      thread.loaded = true;
      thread.hasMoreBefore = false;
    }
    if (this.active === id) {
      this.refresh();
      this.actions.read(id);
    }
  }

  private async loadOlder(): Promise<void> {
    const id = this.active;
    if (!id) return;
    const thread = this.threads.get(id);
    const oldest = thread.oldestSeq();
    if (!thread.loaded || thread.loading || !thread.hasMoreBefore || oldest === undefined || oldest <= 1) return;
    thread.loading = this.client
      .history(id, { beforeSeq: oldest, limit: PAGE })
      .then((page) => thread.addPage(page, true))
      .catch(() => undefined)
      .finally(() => {
        thread.loading = undefined;
        if (this.active === id) this.refresh();
      });
    await thread.loading;
  }

  private atBottom(): boolean {
    return this.list.scrollHeight - this.list.scrollTop - this.list.clientHeight < 60;
  }

  private scrollToBottom(): void {
    this.list.scrollTop = this.list.scrollHeight;
  }
}
