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
                  // Small file limits so limit and quota tests stay fast.
                  FILE_MAX_BYTES: "262144",
                  FILE_QUOTA_BYTES: "1048576",
                  // Retries without waiting in queue tests.
                  EVENT_RETRY_BASE_SECONDS: "0",
                  // A fixed admin id (the admin tests create this user) and test-only VAPID keys.
                  ADMIN_USER_IDS: "01ADM1NTESTUSER00000000000",
                  VAPID_PUBLIC_KEY: "BGPLEWAkdEHiAWmqbl3aJWhdY1o_fAqXbJVzSjV7btSx4COScdP8VfjkqrZ4dcszG_XWMcZwWGq6qUFPBl-ZAyA",
                  VAPID_PRIVATE_KEY: "z1guhWWimYuoCWK0cWXvPNI1HnK6n22ufQ7M7EGmxX8",
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
            include: ["test/e2e/**/*.test.ts", "test/node/**/*.test.ts", "test/sdk/**/*.test.ts"],
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
