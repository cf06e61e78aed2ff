import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ProjectState } from "../../src/lib/data/model.ts";
import type { EditionContent } from "../../src/lib/editions/content.ts";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";
import { csvFields, PROJECT_FIELDS, type EditionProject } from "../../src/lib/opendata/projectFields.ts";
import { projectsCsv } from "../../src/lib/opendata/projectsCsv.ts";
import { loadEdition } from "./edition.ts";

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })));
});

/** Write the edition's CSV as `snapshots/YYYY-MM.csv` of a fresh folder and load that folder. */
async function reload(content: EditionContent) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "opendata-csv-"));
  folders.push(dir);
  await mkdir(path.join(dir, "snapshots"));
  await writeFile(path.join(dir, "snapshots", `${content.month}.csv`), projectsCsv(content), "utf8");
  return loadDataDir(dir);
}

/** Field-by-field differences between the published rows and the rows loaded back. */
function differences(published: readonly EditionProject[], loaded: readonly ProjectState[]): string[] {
  const out: string[] = [];
  if (published.length !== loaded.length) out.push(`${published.length} rows written, ${loaded.length} loaded`);
  published.forEach((p, i) => {
    const back = loaded[i];
    if (!back) return;
    for (const f of PROJECT_FIELDS) {
      if (f.json === "slug") continue;
      const a = JSON.stringify(p[f.json]);
      const b = JSON.stringify(back[f.json as keyof ProjectState]);
      if (a !== b) out.push(`${p.key} ${f.json}: wrote ${a}, loaded ${b}`);
    }
  });
  return out;
}

describe("projectsCsv", () => {
  it("projectsCsv(content) has the table's Chinese headers for the edition's month", async () => {
    const { content } = await loadEdition("test/fixtures/indicators", "2026-06");
    const header = projectsCsv(content).slice(1).split("\r\n")[0];
    expect(header).toBe(
      "项目编号,项目名称,所属县区,项目类别,建设性质,项目状态,建设内容及规模,建设起止年限,总投资（万元）,2026年计划投资（万元）,1-6月完成投资（万元）,开工累计完成投资（万元）,当月完成投资（万元）,形象进度,存在问题,业主单位,责任单位,责任领导,是否民间投资,用地面积(亩),计划开工时间,实际开工时间,计划竣工时间,实际竣工时间,经度,纬度,备注",
    );
  });

  it("projectsCsv(content) saved as snapshots/YYYY-MM.csv loads back to the same rows (indicators fixture)", async () => {
    const { content } = await loadEdition("test/fixtures/indicators", "2026-06");
    const loaded = await reload(content);
    expect(loaded.report.errors).toBe(0);
    expect(differences(content.projects, loaded.programme!.snapshots[0]!.states)).toEqual([]);
  });

  it("projectsCsv(content) loads back to the same rows (152 sample projects, line breaks in cells, coordinates)", async () => {
    const { content } = await loadEdition("data", "2026-10");
    const loaded = await reload(content);
    expect(loaded.report.errors).toBe(0);
    expect(differences(content.projects, loaded.programme!.snapshots[0]!.states)).toEqual([]);
  });

  it("projectsCsv(content with hostile text) loads back to the same rows", async () => {
    const { content } = await loadEdition("test/fixtures/site-hostile", "2026-04");
    const loaded = await reload(content);
    expect(loaded.report.errors).toBe(0);
    expect(differences(content.projects, loaded.programme!.snapshots[0]!.states)).toEqual([]);
  });

  it("projectsCsv(a January edition) names the year-to-date column so the loader reads it as such", async () => {
    const { content } = await loadEdition("test/fixtures/indicators", "2026-04");
    const january: EditionContent = { ...content, month: "2026-01", projects: content.projects.map((p) => ({ ...p, month: "2026-01" })) };
    expect(csvFields("2026-01").find((f) => f.json === "ytdCompleted")?.header).toBe("截至1月底完成投资（万元）");
    const loaded = await reload(january);
    expect(loaded.report.errors).toBe(0);
    expect(differences(january.projects, loaded.programme!.snapshots[0]!.states)).toEqual([]);
  });

  it("projectsCsv(a cell that starts like a formula) defuses it", async () => {
    const { content } = await loadEdition("test/fixtures/indicators", "2026-06");
    const first = content.projects[0]!;
    const hostile: EditionContent = { ...content, projects: [{ ...first, remarks: "=HYPERLINK(\"http://evil\",\"x\")", problems: "-" + "1+2" }] };
    const csv = projectsCsv(hostile);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv).toContain(",'-1+2,");
  });

  it("PROJECT_FIELDS covers every field of a published project row", async () => {
    const { content } = await loadEdition("test/fixtures/indicators", "2026-06");
    expect(PROJECT_FIELDS.map((f) => f.json).sort()).toEqual(Object.keys(content.projects[0]!).sort());
  });
});
