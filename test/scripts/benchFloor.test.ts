import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildFlags } from "../../scripts/benchFloor.ts";

describe("buildFlags", () => {
  it("buildFlags(package.json's build script) gives the Node flags npm run build runs with, for the bench to run the same", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { scripts: { build: string } };
    const flags = buildFlags(pkg.scripts.build);
    expect(flags.some((f) => f.startsWith("--max-old-space-size="))).toBe(true);
    expect(pkg.scripts.build).toContain(`tsx ${flags.join(" ")} scripts/build.ts`);
  });

  it("buildFlags(a script without flags) is empty; another shape of script throws, naming it", () => {
    expect(buildFlags("node scripts/ensure-install.mjs && tsx scripts/build.ts")).toEqual([]);
    expect(() => buildFlags("vite build")).toThrow('the build script is not "tsx [--flag=value …] scripts/build.ts": vite build');
  });
});
