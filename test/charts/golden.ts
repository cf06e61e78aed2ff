import { expectGoldenFile } from "../helpers/golden.ts";

/**
 * One line per `<g>` so golden diffs are readable. Only breaks before `<g`/`</g>`/`</svg>`, which
 * never occur inside `<text>`, so the file draws exactly like the renderer's output.
 */
export function formatSvg(svg: string): string {
  return `${svg.replace(/(<\/?g[\s>]|<\/svg>)/g, "\n$1")}\n`;
}

/** Compares `svg` with `test/output/charts/<name>.svg` (see expectGoldenFile). */
export function expectGolden(name: string, svg: string): void {
  expectGoldenFile(`charts/${name}.svg`, formatSvg(svg), "UPDATE_GOLDENS=1 npx vitest run test/charts");
}
