import { availableParallelism } from "node:os";
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
    // One test file per core. Vitest's default leaves a core out, which on 2 cores runs the files
    // one at a time, though the long ones spend much of their time waiting on a build or on
    // Chromium in other processes.
    maxWorkers: availableParallelism(),
    // CI must never write missing golden files.
    update: false,
  },
});
