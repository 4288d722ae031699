/**
 * The IMServer Worker: the HTTP/WebSocket gateway and every Durable Object class.
 * `wrangler deploy` ships all of it as one Worker.
 */
import { queue } from "./queue.js";
import { router } from "./routes.js";
import { scheduled } from "./scheduled.js";

export { UserDO } from "../objects/user.js";
export { ConversationDO } from "../objects/conversation.js";
export { GroupDO } from "../objects/group.js";
export { GroupShardDO } from "../objects/group-shard.js";

export default {
  fetch: (request, env, ctx) => router.fetch(request, env, ctx),
  queue: (batch, env) => queue(batch, env),
  scheduled: async (controller, env) => {
    await scheduled(controller, env);
  },
} satisfies ExportedHandler<Env>;
