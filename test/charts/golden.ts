import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const outputDir = resolve(dirname(fileURLToPath(import.meta.url)), "../output/charts");

/**
 * One line per `<g>` so golden diffs are readable. Only breaks before `<g`/`</g>`/`</svg>`, which
 * never occur inside `<text>`, so the file draws exactly like the renderer's output.
 */
export function formatSvg(svg: string): string {
  return `${svg.replace(/(<\/?g[\s>]|<\/svg>)/g, "\n$1")}\n`;
}

/**
 * Compares `svg` with `test/output/charts/<name>.svg`. A missing golden is written only when
 * UPDATE_GOLDENS=1 and not in CI; otherwise (and always in CI) it fails. A mismatch fails and,
 * outside CI, writes the new output to the temp directory for a look.
 */
export function expectGolden(name: string, svg: string): void {
  const path = join(outputDir, `${name}.svg`);
  const actual = formatSvg(svg);
  const inCi = Boolean(process.env.CI);
  if (!existsSync(path)) {
    if (!inCi && process.env.UPDATE_GOLDENS === "1") {
      mkdirSync(outputDir, { recursive: true });
      writeFileSync(path, actual);
      return;
    }
    throw new Error(
      `missing golden test/output/charts/${name}.svg` +
        (inCi ? " (goldens are never created in CI)" : "; create it with UPDATE_GOLDENS=1 npx vitest run test/charts and look at it"),
    );
  }
  const expected = readFileSync(path, "utf8").replace(/\r\n/g, "\n");
  if (actual !== expected && !inCi) {
    const changed = join(tmpdir(), "charts-changed", `${name}.svg`);
    mkdirSync(dirname(changed), { recursive: true });
    writeFileSync(changed, actual);
    console.warn(`golden ${name}.svg differs; new output in ${changed}`);
  }
  expect(actual, `golden test/output/charts/${name}.svg`).toBe(expected);
}
