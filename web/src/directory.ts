/** Names for ids: users and groups, each fetched once when first shown. */
import type { ApiClient, GroupInfo, PublicUser } from "../../sdk/src/index.js";
import { parseConversationId } from "../../sdk/src/index.js";

export class Directory {
  private readonly users = new Map<string, PublicUser>();
  private readonly loading = new Map<string, Promise<PublicUser | undefined>>();
  private readonly groups = new Map<string, GroupInfo>();
  /** Groups whose info was asked for (each once, answered or not). */
  private readonly requestedGroups = new Set<string>();

  constructor(
    private readonly api: ApiClient,
    private readonly changed: () => void,
  ) {}

  remember(user: PublicUser): void {
    this.users.set(user.id, user);
  }

  rememberGroup(group: GroupInfo): void {
    this.groups.set(group.id, group);
  }

  /** A display name now (the id until the profile arrives; `changed` fires when it does). */
  userName(id: string): string {
    const user = this.users.get(id);
    if (user) return user.displayName || user.username;
    void this.fetch(id);
    return `${id.slice(0, 8)}…`;
  }

  username(id: string): string | undefined {
    return this.users.get(id)?.username;
  }

  /** The title of a conversation: the peer's name, or the group's. */
  title(conversationId: string, me: string): string {
    const ref = parseConversationId(conversationId);
    if (ref?.kind === "direct") return this.userName(ref.members[0] === me ? ref.members[1] : ref.members[0]);
    if (ref?.kind === "group") {
      const group = this.groups.get(ref.groupId);
      if (group) return group.name;
      this.fetchGroup(ref.groupId);
      return `Group ${ref.groupId.slice(0, 8)}…`;
    }
    return conversationId;
  }

  async byUsername(username: string): Promise<PublicUser> {
    const user = await this.api.userByUsername(username);
    this.remember(user);
    return user;
  }

  /** A group first seen in a message (added by someone else): its name, once. */
  private fetchGroup(id: string): void {
    if (this.requestedGroups.has(id)) return;
    this.requestedGroups.add(id);
    this.api.group(id).then(
      (group) => {
        this.rememberGroup(group);
        this.changed();
      },
      () => undefined,
    );
  }

  private fetch(id: string): Promise<PublicUser | undefined> {
    let p = this.loading.get(id);
    if (!p) {
      p = this.api.user(id).then(
        (user) => {
          this.remember(user);
          this.changed();
          return user;
        },
        () => undefined,
      );
      this.loading.set(id, p);
    }
    return p;
  }
}
