import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

// Storage is isolated per test file; the schema comes from migrations/, the only source.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
