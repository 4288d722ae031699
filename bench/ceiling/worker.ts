/**
 * The ceiling Worker's entry: routes WebSocket upgrades to the objects by name, and one
 * setup route for group membership. No auth, no parsing: the platform's own cost only.
 *   GET  /room/<name>                     → Room (ceilings a, b, c)
 *   GET  /member/<member>?group=<group>   → Member (ceiling d)
 *   POST /group/<group>  {"members": [...]} → Sequencer.setMembers
 */
import type { CeilingEnv } from "./env.js";

export { Room } from "./room.js";
export { Member, Sequencer } from "./topology.js";

export default {
  async fetch(request: Request, env: CeilingEnv): Promise<Response> {
    const url = new URL(request.url);
    const [, kind, name] = url.pathname.split("/");
    if (kind === "healthz") return new Response("ok");
    if (!name) return new Response("not found", { status: 404 });
    if (kind === "room") return env.ROOMS.get(env.ROOMS.idFromName(name)).fetch(request);
    if (kind === "member") return env.MEMBERS.get(env.MEMBERS.idFromName(name)).fetch(request);
    if (kind === "group" && request.method === "POST") {
      const body = (await request.json()) as { members?: unknown };
      if (!Array.isArray(body.members) || !body.members.every((m) => typeof m === "string")) return new Response("members: string[]", { status: 400 });
      const size = await env.SEQUENCERS.get(env.SEQUENCERS.idFromName(name)).setMembers(body.members as string[]);
      return Response.json({ size });
    }
    return new Response("not found", { status: 404 });
  },
} satisfies ExportedHandler<CeilingEnv>;
