import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// Three projects: code that runs in Workers is tested inside workerd (the pool), twice:
// with the production limits (`workers`) and with tiny limits so rate limiting, lockout
// and quotas can be exercised in a few requests (`limits`); end-to-end flows run in Node
// against a real local Worker started by the tests (`node`).
export default defineConfig(async () => {
  const migrations = await readD1Migrations("./migrations");
  const bindings = {
    TEST_MIGRATIONS: migrations,
    JWT_SECRET: "test-jwt-secret-0123456789abcdef0123456789",
    PASSWORD_PEPPER: "test-pepper-0123456789abcdef",
    // Fast hashing in tests; the production value is asserted separately.
    PBKDF2_ITERATIONS: "1000",
    // Access logs off in tests (warnings and errors still print).
    LOG_LEVEL: "warn",
    CORS_ORIGINS: "https://chat.example.test",
    // Small file limits so limit and quota tests stay fast.
    FILE_MAX_BYTES: "262144",
    FILE_QUOTA_BYTES: "1048576",
    // Retries without waiting in queue tests.
    EVENT_RETRY_BASE_SECONDS: "0",
    // A fixed admin id (the admin tests create this user) and test-only VAPID keys.
    ADMIN_USER_IDS: "01ADM1NTESTUSER00000000000",
    VAPID_PUBLIC_KEY: "BGPLEWAkdEHiAWmqbl3aJWhdY1o_fAqXbJVzSjV7btSx4COScdP8VfjkqrZ4dcszG_XWMcZwWGq6qUFPBl-ZAyA",
    VAPID_PRIVATE_KEY: "z1guhWWimYuoCWK0cWXvPNI1HnK6n22ufQ7M7EGmxX8",
    // Small group limits so the group-full and sharded fan-out paths run with a handful
    // of users: above 6 members a group fans out through 40 / 4 = 10 shards.
    GROUP_MAX_MEMBERS: "40",
    GROUP_FANOUT_SHARD_THRESHOLD: "6",
    GROUP_FANOUT_SHARD_SIZE: "4",
    GROUP_SMALL_MAX_MEMBERS: "5",
  };
  const workerProject = (name: string, include: string[], extra: Record<string, unknown> = {}, miniflare: Record<string, unknown> = {}) => ({
    plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.toml" }, miniflare: { bindings: { ...bindings, ...extra }, ...miniflare } })],
    test: {
      name,
      include,
      setupFiles: ["./test/helpers/worker/apply-migrations.ts"],
      testTimeout: 20_000,
    },
  });
  return {
    test: {
      projects: [
        workerProject("workers", ["test/shared/**/*.test.ts", "test/workers/**/*.test.ts", "test/objects/**/*.test.ts", "test/security/workers/**/*.test.ts"]),
        workerProject(
          "limits",
          ["test/limits/**/*.test.ts"],
          {
            RATE_MSGS_PER_SEC: "1",
            RATE_MSGS_BURST: "3",
            RATE_OPS_PER_SEC: "1",
            RATE_OPS_BURST: "5",
            MAX_DEVICES_PER_USER: "2",
            GROUPS_PER_DAY: "2",
            LOGIN_MAX_FAILURES: "3",
          },
          {
            ratelimits: {
              RL_LOGIN_IP: { simple: { limit: 4, period: 60 } },
              RL_REGISTER_IP: { simple: { limit: 3, period: 60 } },
              RL_HTTP_SEND: { simple: { limit: 2, period: 10 } },
            },
          },
        ),
        {
          // The chaos suite (test/chaos/): the history checker's unit tests and the seeded
          // fault-injection run against a real local Worker. `npm run test:chaos -- --long`
          // runs the minutes-long soak (scripts/chaos.mjs sets CHAOS_LONG).
          test: {
            name: "chaos",
            include: ["test/chaos/**/*.test.ts"],
            environment: "node",
            testTimeout: 600_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
        {
          test: {
            name: "node",
            include: ["test/e2e/**/*.test.ts", "test/node/**/*.test.ts", "test/sdk/**/*.test.ts", "test/security/node/**/*.test.ts"],
            environment: "node",
            testTimeout: 60_000,
            hookTimeout: 120_000,
            // End-to-end files each start a real local Worker: run them one at a time.
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
