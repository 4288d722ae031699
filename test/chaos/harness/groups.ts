/**
 * Group conversations in the chaos workload, through the public contract (DESIGN §10):
 * `POST /v1/groups {name, members}` → `{group: {id}}`, `POST /v1/groups/:id/members
 * {userIds}`, `DELETE /v1/groups/:id/members/:userId`; the conversation id is `g:<id>`.
 * The workload uses it only when the server has the groups feature (probed at start).
 */
import { devFetch } from "./workload.js";

export interface GroupDriver {
  /** Creates a group owned by `ownerToken`'s user; returns its conversation id `g:<id>`. */
  create(ownerToken: string, name: string, members: string[]): Promise<string>;
  add(ownerToken: string, conv: string, userIds: string[]): Promise<void>;
  remove(ownerToken: string, conv: string, userId: string): Promise<void>;
}

const groupIdOf = (conv: string) => encodeURIComponent(conv.replace(/^g:/, ""));

async function call(baseUrl: string, token: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await devFetch(baseUrl + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 200)}`);
  return text ? JSON.parse(text) : undefined;
}

/** The driver when the server has groups (`POST /v1/groups` exists: 401 without a token), else undefined. */
export async function probeGroups(baseUrl: string): Promise<GroupDriver | undefined> {
  const res = await fetch(`${baseUrl}/v1/groups`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
  await res.arrayBuffer();
  if (res.status === 404) return undefined;
  return {
    async create(ownerToken, name, members) {
      const body = (await call(baseUrl, ownerToken, "POST", "/v1/groups", { name, members })) as { group: { id: string } };
      return `g:${body.group.id}`;
    },
    async add(ownerToken, conv, userIds) {
      await call(baseUrl, ownerToken, "POST", `/v1/groups/${groupIdOf(conv)}/members`, { userIds });
    },
    async remove(ownerToken, conv, userId) {
      await call(baseUrl, ownerToken, "DELETE", `/v1/groups/${groupIdOf(conv)}/members/${encodeURIComponent(userId)}`);
    },
  };
}
