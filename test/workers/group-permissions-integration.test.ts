/**
 * Every cell of the group permission table (objects/group/permissions.ts, docs/groups.md),
 * through the real routes and GroupDO. The expected outcomes are written out here, not
 * derived from the implementation's table. A refused action stores nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { PERMISSIONS } from "../../objects/group/permissions.js";
import { api, register, type Account } from "../helpers/worker/client.js";
import { createGroup, post, type TestGroup } from "../helpers/worker/groups.js";

type Who = "owner" | "admin" | "member" | "outsider";
type Target = "owner" | "admin" | "member";

interface Cast {
  g: TestGroup;
  owner: Account;
  admin: Account;
  admin2: Account;
  member: Account;
  member2: Account;
  outsider: Account;
  /** One message by each role, for recall. */
  messages: Record<Target, string>;
}

let people: { owner: Account; admin: Account; admin2: Account; member: Account; member2: Account; outsider: Account; extra: Account };
let n = 0;

async function cast(): Promise<Cast> {
  const { owner, admin, admin2, member, member2, outsider } = people;
  const g = await createGroup(owner, [admin, admin2, member, member2]);
  for (const a of [admin, admin2]) {
    const r = await api(`/v1/groups/${g.id}/members/${a.user.id}`, { method: "PATCH", token: owner.accessToken, body: { role: "admin" } });
    expect(r.status).toBe(200);
  }
  const messages = {} as Record<Target, string>;
  for (const [role, who] of [["owner", owner], ["admin", admin2], ["member", member2]] as const) {
    messages[role] = (await post(who, g.conversationId, `by-${role}-${n++}`)).body.messageId;
  }
  return { g, owner, admin, admin2, member, member2, outsider, messages };
}

const actor = (c: Cast, who: Who) => ({ owner: c.owner, admin: c.admin, member: c.member, outsider: c.outsider })[who];
/** The member acted on, never the actor itself. */
const targetOf = (c: Cast, t: Target) => ({ owner: c.owner, admin: c.admin2, member: c.member2 })[t];

type Act = (c: Cast, by: Account, target: Target) => Promise<{ status: number; body: any }>;

const ACTIONS: Record<keyof typeof PERMISSIONS, { targeted: boolean; act: Act }> = {
  view: { targeted: false, act: (c, by) => api(`/v1/groups/${c.g.id}`, { token: by.accessToken }) },
  send: { targeted: false, act: (c, by) => post(by, c.g.conversationId, `m-${n++}`) },
  mention_all: { targeted: false, act: (c, by) => post(by, c.g.conversationId, `all-${n++}`, { mentionAll: true }) },
  update_settings: { targeted: false, act: (c, by) => api(`/v1/groups/${c.g.id}`, { method: "PATCH", token: by.accessToken, body: { name: `n${n++}` } }) },
  add_members: { targeted: false, act: (c, by) => api(`/v1/groups/${c.g.id}/members`, { token: by.accessToken, body: { userIds: [people.extra.user.id] } }) },
  remove_member: { targeted: true, act: (c, by, t) => api(`/v1/groups/${c.g.id}/members/${targetOf(c, t).user.id}`, { method: "DELETE", token: by.accessToken }) },
  mute_member: { targeted: true, act: (c, by, t) => api(`/v1/groups/${c.g.id}/members/${targetOf(c, t).user.id}`, { method: "PATCH", token: by.accessToken, body: { muteSeconds: 60 } }) },
  recall_any: {
    targeted: true,
    act: (c, by, t) => api(`/v1/conversations/${c.g.conversationId}/messages/${c.messages[t]}/recall`, { token: by.accessToken, body: { clientMsgId: `r-${n++}` } }),
  },
  set_role: {
    targeted: true,
    act: (c, by, t) => api(`/v1/groups/${c.g.id}/members/${targetOf(c, t).user.id}`, { method: "PATCH", token: by.accessToken, body: { role: t === "admin" ? "member" : "admin" } }),
  },
  transfer_ownership: { targeted: false, act: (c, by) => api(`/v1/groups/${c.g.id}/transfer`, { token: by.accessToken, body: { userId: c.member2.user.id } }) },
  dissolve: { targeted: false, act: (c, by) => api(`/v1/groups/${c.g.id}`, { method: "DELETE", token: by.accessToken }) },
};

/** The permission table, cell by cell: true = allowed. */
const EXPECTED: Record<keyof typeof PERMISSIONS, Partial<Record<Who, boolean | Partial<Record<Target, boolean>>>>> = {
  view: { owner: true, admin: true, member: true, outsider: false },
  send: { owner: true, admin: true, member: true, outsider: false },
  mention_all: { owner: true, admin: true, member: false, outsider: false },
  update_settings: { owner: true, admin: true, member: false, outsider: false },
  add_members: { owner: true, admin: true, member: false, outsider: false },
  remove_member: { owner: { admin: true, member: true }, admin: { owner: false, admin: false, member: true }, member: { owner: false, admin: false, member: false }, outsider: { member: false } },
  mute_member: { owner: { admin: true, member: true }, admin: { owner: false, admin: false, member: true }, member: { owner: false, admin: false, member: false }, outsider: { member: false } },
  recall_any: { owner: { admin: true, member: true }, admin: { owner: false, admin: false, member: true }, member: { owner: false, admin: false, member: false }, outsider: { member: false } },
  set_role: { owner: { admin: true, member: true }, admin: { owner: false, admin: false, member: false }, member: { owner: false, admin: false, member: false }, outsider: { member: false } },
  transfer_ownership: { owner: true, admin: false, member: false, outsider: false },
  dissolve: { owner: true, admin: false, member: false, outsider: false },
};

const cells: Array<{ action: keyof typeof PERMISSIONS; who: Who; target?: Target; allowed: boolean }> = [];
for (const [action, row] of Object.entries(EXPECTED) as Array<[keyof typeof PERMISSIONS, (typeof EXPECTED)[keyof typeof PERMISSIONS]]>) {
  for (const [who, cell] of Object.entries(row) as Array<[Who, boolean | Partial<Record<Target, boolean>>]>) {
    if (typeof cell === "boolean") cells.push({ action, who, allowed: cell });
    else for (const [target, allowed] of Object.entries(cell) as Array<[Target, boolean]>) cells.push({ action, who, target, allowed });
  }
}

describe("the group permission table", () => {
  let shared: Cast;
  let sharedLastSeq: number;

  beforeAll(async () => {
    const [owner, admin, admin2, member, member2, outsider, extra] = await Promise.all(Array.from({ length: 7 }, () => register()));
    people = { owner: owner!, admin: admin!, admin2: admin2!, member: member!, member2: member2!, outsider: outsider!, extra: extra! };
    shared = await cast();
    sharedLastSeq = (await api(`/v1/groups/${shared.g.id}`, { token: people.owner.accessToken })).body.group.lastSeq;
  });

  it("covers every action of the table", () => {
    expect(new Set(cells.map((c) => c.action))).toEqual(new Set(Object.keys(PERMISSIONS)));
  });

  it.each(cells.filter((c) => !c.allowed).map((c) => [c.action, c.who, c.target ?? "-", c] as const))("%s by %s on %s is refused with 403", async (_a, _w, _t, cell) => {
    const res = await ACTIONS[cell.action].act(shared, actor(shared, cell.who), cell.target ?? "member");
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
  });

  it("stored nothing for any refused action", async () => {
    const info = await api(`/v1/groups/${shared.g.id}`, { token: people.owner.accessToken });
    expect(info.body.group.lastSeq).toBe(sharedLastSeq);
    expect(info.body.group.memberCount).toBe(5);
  });

  it.each(cells.filter((c) => c.allowed).map((c) => [c.action, c.who, c.target ?? "-", c] as const))("%s by %s on %s is allowed", async (_a, _w, _t, cell) => {
    const c = cell.action === "view" ? shared : await cast();
    const res = await ACTIONS[cell.action].act(c, actor(c, cell.who), cell.target ?? "member");
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  });

  it("lets members leave but not the owner, and lets anyone recall their own message within the window", async () => {
    const c = await cast();
    expect((await api(`/v1/groups/${c.g.id}/members/${c.owner.user.id}`, { method: "DELETE", token: c.owner.accessToken })).status).toBe(403);
    const own = await post(c.member, c.g.conversationId, `own-${n++}`);
    const recall = await api(`/v1/conversations/${c.g.conversationId}/messages/${own.body.messageId}/recall`, { token: c.member.accessToken, body: { clientMsgId: `r-${n++}` } });
    expect(recall.status).toBe(201);
    expect((await api(`/v1/groups/${c.g.id}/members/${c.member.user.id}`, { method: "DELETE", token: c.member.accessToken })).status).toBe(200);
    expect((await api(`/v1/groups/${c.g.id}/members/${c.admin.user.id}`, { method: "DELETE", token: c.admin.accessToken })).status).toBe(200);
  });

  it("refuses muted members (individually and by mute-all) with `muted`, admins excepted from mute-all", async () => {
    const c = await cast();
    await api(`/v1/groups/${c.g.id}/members/${c.member.user.id}`, { method: "PATCH", token: c.admin.accessToken, body: { muteSeconds: 600 } });
    const muted = await post(c.member, c.g.conversationId, `x-${n++}`);
    expect(muted.status).toBe(403);
    expect(muted.body.error.code).toBe("muted");
    await api(`/v1/groups/${c.g.id}/members/${c.member.user.id}`, { method: "PATCH", token: c.admin.accessToken, body: { muteSeconds: 0 } });
    expect((await post(c.member, c.g.conversationId, `y-${n++}`)).status).toBe(201);
    await api(`/v1/groups/${c.g.id}`, { method: "PATCH", token: c.owner.accessToken, body: { muteAll: true } });
    expect((await post(c.member, c.g.conversationId, `z-${n++}`)).body.error.code).toBe("muted");
    expect((await post(c.admin, c.g.conversationId, `w-${n++}`)).status).toBe(201);
  });
});
