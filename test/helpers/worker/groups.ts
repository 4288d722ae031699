/** Group helpers for tests that drive the real fetch handler. */
import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { api, register, type Account } from "./client.js";

export interface TestGroup {
  id: string;
  conversationId: string;
  owner: Account;
  members: Account[];
}

/** Registers `n` users. */
export async function users(n: number): Promise<Account[]> {
  const out: Account[] = [];
  for (let i = 0; i < n; i++) out.push(await register());
  return out;
}

/** Creates a group owned by `owner` with `members` through `POST /v1/groups`. */
export async function createGroup(owner: Account, members: Account[], extra: Record<string, unknown> = {}): Promise<TestGroup> {
  const res = await api("/v1/groups", { token: owner.accessToken, body: { name: "g", members: members.map((m) => m.user.id), ...extra } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.group.id, conversationId: `g:${res.body.group.id}`, owner, members };
}

export const text = (clientMsgId: string, more: Record<string, unknown> = {}) => ({ clientMsgId, type: "text", content: { text: clientMsgId }, ...more });

/** Sends a text message over HTTP and returns the response. */
export function post(who: Account, conversationId: string, clientMsgId: string, more: Record<string, unknown> = {}) {
  return api(`/v1/conversations/${conversationId}/messages`, { token: who.accessToken, body: text(clientMsgId, more) });
}

/** A user's index row for a conversation. */
export async function stateOf(who: Account, conversationId: string): Promise<Record<string, any> | undefined> {
  const list = await api("/v1/conversations?limit=200", { token: who.accessToken });
  return (list.body.conversations as Array<Record<string, any>>).find((c) => c.conversationId === conversationId);
}

export const groupStub = (conversationId: string) => env.GROUPS.get(env.GROUPS.idFromName(conversationId));
export const shardStub = (conversationId: string, shard: number) => env.GROUP_SHARDS.get(env.GROUP_SHARDS.idFromName(`${conversationId}#${shard}`));
export const SHARDS = 10;
