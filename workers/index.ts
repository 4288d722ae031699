/**
 * The IMServer Worker: the HTTP/WebSocket gateway and every Durable Object class.
 * `wrangler deploy` ships all of it as one Worker.
 */
import { queue } from "./queue.js";
import { router } from "./routes.js";
import { scheduled } from "./scheduled.js";
import { testHookResponse } from "./test-hooks.js";

export { UserDO } from "../objects/user.js";
export { ConversationDO } from "../objects/conversation.js";
export { GroupDO } from "../objects/group.js";
export { GroupShardDO } from "../objects/group-shard.js";

export default {
  // Test hooks answer only in test configurations (the TEST_HOOKS var); otherwise the router's 404.
  fetch: async (request, env, ctx) => (await testHookResponse(request, env)) ?? router.fetch(request, env, ctx),
  queue: (batch, env) => queue(batch, env),
  scheduled: async (controller, env) => {
    await scheduled(controller, env);
  },
} satisfies ExportedHandler<Env>;
