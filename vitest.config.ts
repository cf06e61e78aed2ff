import { defineConfig } from "vitest/config";

// Fixed time zone and locale so dates and golden files do not depend on the machine.
process.env.TZ = "Asia/Shanghai";
process.env.LANG = "C.UTF-8";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: "forks",
    // CI must never write missing golden files.
    update: false,
  },
});
