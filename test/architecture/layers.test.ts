import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../site/buildSite.ts";

/**
 * The library follows the data one way (STYLE.md): each folder of src/lib has a layer, and a
 * module may import only from its own layer or below; no module imports itself back through
 * others. Pages and components sit above everything. The order is written here once; an import
 * that goes up, or a cycle, fails this test with the files that make it.
 */
export const LAYERS: ReadonlyArray<readonly string[]> = [
  ["common"], // neutral helpers: issues as data, hashes, text widths
  ["config"], // site.yaml
  ["data"], // the tables → the validated model
  ["i18n"], // words and formatters of each language
  ["indicators"],
  ["rank"], // boards, flags, warnings (numbers only)
  ["narrative", "charts"], // sentences; chart specs and their renderer
  ["editions"], // what each edition publishes
  ["feeds", "hosting", "sample"],
  ["opendata", "cards"],
  ["site"], // what pages show, from computed content
  ["io"], // reading and writing the data folder
  ["audit"],
  ["build"], // the build as a function
];

const LIB = path.join(ROOT, "src", "lib");
const layerOf = new Map(LAYERS.flatMap((names, i) => names.map((n) => [n, i] as const)));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|mjs)$/.test(name) ? [p] : [];
  });
}

/** Relative imports of a module (static and dynamic), resolved to files. */
export function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|[^\w.])(?:import|export)\s*(?:type\s+)?(?:[^"';]*?\sfrom\s*)?\(?\s*["'](\.{1,2}\/[^"']+)["']/gm)) out.push(path.resolve(path.dirname(file), m[1]!));
  return out;
}

const folder = (file: string) => path.relative(LIB, file).split(path.sep)[0]!;
const files = walk(LIB);
const graph = new Map(files.map((f) => [f, importsOf(f, readFileSync(f, "utf8"))]));

/** Import edges that go up the layer order: "from → to". */
export function upwardImports(g: ReadonlyMap<string, string[]>): string[] {
  const bad: string[] = [];
  for (const [from, targets] of g) {
    for (const to of targets) {
      const a = layerOf.get(folder(from));
      const b = layerOf.get(folder(to));
      if (a === undefined || b === undefined || b > a) bad.push(`${path.relative(LIB, from)} → ${path.relative(LIB, to)}`);
    }
  }
  return bad;
}

/** The cycles among modules, each as the files around it. */
export function cycles(g: ReadonlyMap<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, "open");
    stack.push(f);
    for (const t of g.get(f) ?? []) {
      if (!g.has(t)) continue;
      if (state.get(t) === "open") found.push(stack.slice(stack.indexOf(t)).map((x) => path.relative(LIB, x)));
      else if (state.get(t) === undefined) visit(t);
    }
    stack.pop();
    state.set(f, "done");
  };
  for (const f of [...g.keys()].sort()) if (!state.has(f)) visit(f);
  return found;
}

describe("the library's layers", () => {
  it("every folder of src/lib has a layer", () => {
    const folders = [...new Set(files.map(folder))].filter((f) => !f.includes("."));
    expect(folders.filter((f) => !layerOf.has(f))).toEqual([]);
    expect(files.filter((f) => path.dirname(f) === LIB).map((f) => path.basename(f))).toEqual([]);
  });

  it("upwardImports(src/lib) is empty: no module imports from a layer above its own", () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it("cycles(src/lib) is empty: no module imports itself back", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("upwardImports and cycles find a planted upward import and a planted cycle", () => {
    const a = path.join(LIB, "data", "a.ts");
    const b = path.join(LIB, "data", "b.ts");
    const site = path.join(LIB, "site", "x.ts");
    const planted = new Map([
      [a, [b, site]],
      [b, [a]],
      [site, []],
    ]);
    expect(upwardImports(planted)).toEqual([`data/a.ts → site/x.ts`]);
    expect(cycles(planted)).toEqual([["data/a.ts", "data/b.ts"]]);
  });

  it("importsOf(module) reads static, type-only, re-export and dynamic imports", () => {
    const f = path.join(LIB, "site", "m.ts");
    const text = `import a from "./a.ts";\nimport type { B } from "../b/b.ts";\nexport { c } from "./c.ts";\nconst d = await import("../d/d.ts");\nconst s = "not from './e.ts'";`;
    expect(importsOf(f, text).map((p) => path.relative(LIB, p))).toEqual(["site/a.ts", "b/b.ts", "site/c.ts", "d/d.ts"]);
  });
});

describe("the code's shape", () => {
  const everywhere = (dirs: string[], ext: RegExp) =>
    dirs.flatMap((d) => {
      const go = (p: string): string[] => (statSync(p).isDirectory() ? readdirSync(p).flatMap((n) => go(path.join(p, n))) : ext.test(p) ? [p] : []);
      return go(path.join(ROOT, d));
    });

  it("src/ and pages/ read no process.env and keep nothing on globalThis: state reaches the pages as arguments and through the build's integration", () => {
    const found = everywhere(["src", "pages"], /\.(ts|mjs|astro)$/).flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .flatMap((line, i) => (/\bprocess\.env\b|\bglobalThis\b/.test(line) ? [`${path.relative(ROOT, f)}:${i + 1}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it("no module of src/, pages/ or scripts/ is over 400 lines", () => {
    const long = everywhere(["src", "pages", "scripts"], /\.(ts|mjs|astro|css)$/)
      .map((f) => [path.relative(ROOT, f), readFileSync(f, "utf8").split("\n").length] as const)
      .filter(([, n]) => n > 400);
    expect(long).toEqual([]);
  });
});
