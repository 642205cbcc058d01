import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    // The whole-corpus test compiles ~450 pages twice; give it room on a 2-core machine.
    testTimeout: 60_000,
  },
});
