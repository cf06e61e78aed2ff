import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Programme, ProjectState } from "../../src/lib/data/model.ts";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";
import { buildSiteModel, type LoadedSite } from "../../src/lib/site/siteModel.ts";

/** The three-month indicators fixture (2026-04…06); one of its projects is renamed and moved in June here. */
const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/indicators");
let loaded: LoadedSite;

beforeAll(async () => {
  const l = await loadDataDir(FIXTURE);
  loaded = { programme: l.programme!, config: l.config, report: l.report };
});

const historyOf = (programme: Programme, key: string): ProjectState[] => programme.snapshots.flatMap((s) => s.states.filter((x) => x.key === key));

describe("buildSiteModel(site, base, rootMonth)", () => {
  it("buildSiteModel(site, base, rootMonth) shows each project as of the root's month: no name, district or month of a later table", () => {
    const { programme } = loaded;
    const project = programme.projects.find((p) => historyOf(programme, p.key).length === 3)!;
    const history = historyOf(programme, project.key);
    // June's table renames the project and moves it to another district.
    const renamed: Programme = {
      ...programme,
      snapshots: programme.snapshots.map((s) =>
        s.month !== "2026-06" ? s : { ...s, states: s.states.map((st) => (st.key === project.key ? { ...st, name: "更名后的项目", district: "另一个区" } : st)) },
      ),
    };
    const viewOf = (rootMonth: string) => buildSiteModel({ ...loaded, programme: renamed }, "/", rootMonth).projects.find((p) => p.project.key === project.key)!.project;
    // As the whole data shows it: the June name and district, both names, all three months.
    const june = viewOf("2026-06");
    expect(june.names).toEqual([history[0]!.name, "更名后的项目"]);
    expect(june.name).toBe("更名后的项目");
    expect(june.district).toBe("另一个区");
    expect(june.months).toEqual(["2026-04", "2026-05", "2026-06"]);
    // As of May: nothing June's table says.
    const may = viewOf("2026-05");
    expect(may).toEqual({ ...project, names: [history[0]!.name], name: history[1]!.name, district: history[1]!.district, months: ["2026-04", "2026-05"] });
    expect(may.slug).toBe(project.slug);
  });

  it("buildSiteModel(site, base) shows every project as the loader made it when the root is the newest month", () => {
    const model = buildSiteModel(loaded, "/");
    expect(model.projects.map((p) => p.project)).toEqual(loaded.programme.projects);
  });
});
