import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// Two projects: code that runs in Workers is tested inside workerd (the pool), and
// end-to-end flows run in Node against a real local Worker started by the tests.
export default defineConfig(async () => {
  const migrations = await readD1Migrations("./migrations");
  return {
    test: {
      projects: [
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: "./wrangler.toml" },
              miniflare: {
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  JWT_SECRET: "test-jwt-secret-0123456789abcdef0123456789",
                  PASSWORD_PEPPER: "test-pepper-0123456789abcdef",
                  // Fast hashing in tests; the production value is asserted separately.
                  PBKDF2_ITERATIONS: "1000",
                  // Small groups limits so the group-full and sharded fan-out paths run with a
                  // handful of users: above 6 members a group fans out through 40/4 = 10 shards.
                  GROUP_MAX_MEMBERS: "40",
                  GROUP_FANOUT_SHARD_THRESHOLD: "6",
                  GROUP_FANOUT_SHARD_SIZE: "4",
                  GROUP_SMALL_MAX_MEMBERS: "5",
                },
              },
            }),
          ],
          test: {
            name: "workers",
            include: ["test/shared/**/*.test.ts", "test/workers/**/*.test.ts", "test/objects/**/*.test.ts"],
            setupFiles: ["./test/helpers/worker/apply-migrations.ts"],
            testTimeout: 20_000,
          },
        },
        {
          test: {
            name: "node",
            include: ["test/e2e/**/*.test.ts", "test/node/**/*.test.ts"],
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
