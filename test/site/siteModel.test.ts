import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Programme, ProjectState } from "../../src/lib/data/model.ts";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";
import { projectUntil } from "../../src/lib/site/siteModel.ts";

/** The three-month indicators fixture (2026-04…06); one of its projects is renamed in June here. */
const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/indicators");
let programme: Programme;

beforeAll(async () => {
  const loaded = await loadDataDir(FIXTURE);
  programme = loaded.programme!;
});

const historyOf = (key: string): ProjectState[] => programme.snapshots.flatMap((s) => s.states.filter((x) => x.key === key));

describe("projectUntil(project, history)", () => {
  it("projectUntil(project, its states up to a month) has the names and months of those states only", () => {
    const project = programme.projects.find((p) => historyOf(p.key).length === 3)!;
    const history = historyOf(project.key);
    const renamed = [...history.slice(0, -1), { ...history.at(-1)!, name: "更名后的项目", district: "另一个区" }];
    // As the whole data shows it: the June name and district, both names, all three months.
    const june = projectUntil(project, renamed);
    expect(june.names).toEqual([history[0]!.name, "更名后的项目"]);
    expect(june.name).toBe("更名后的项目");
    expect(june.district).toBe("另一个区");
    expect(june.months).toEqual(["2026-04", "2026-05", "2026-06"]);
    // As of May: nothing June's table says.
    const may = projectUntil(project, renamed.slice(0, 2));
    expect(may).toEqual({ ...project, names: [history[0]!.name], name: history[1]!.name, district: history[1]!.district, months: ["2026-04", "2026-05"] });
    expect(may.slug).toBe(project.slug);
  });

  it("projectUntil(project, every state) is the project as the loader made it", () => {
    for (const p of programme.projects) expect(projectUntil(p, historyOf(p.key))).toEqual(p);
  });
});
