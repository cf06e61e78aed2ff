import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = async (args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)("npx", ["tsx", "scripts/import.ts", ...args], { maxBuffer: 1 << 26 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};

const WORKBOOK = "test/fixtures/loader/three-row-header/workbook/snapshots/2026-10.xlsx";

/** A temp folder with the file under the name an office gives it, and an empty data folder. */
function setup(source: string, name: string) {
  const root = mkdtempSync(path.join(tmpdir(), "journal-import-"));
  const file = path.join(root, name);
  copyFileSync(source, file);
  const data = path.join(root, "data");
  mkdirSync(data);
  return { file, data, snapshots: path.join(data, "snapshots") };
}

describe("npm run import", () => {
  it("import <2026年1-10月重点项目调度表.xlsx> says what it found, validates it and writes snapshots/2026-10.xlsx unchanged", async () => {
    const { file, data, snapshots } = setup(WORKBOOK, "2026年1-10月重点项目调度表.xlsx");
    const r = await run([file, "--data", data]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`读取：${file}（Excel 工作簿 .xlsx，工作表“调度表”）`);
    expect(r.stdout).toContain("月份：2026-10（取自文件名）");
    expect(r.stdout).toContain("表头第 3–5 行，3 个项目，跳过 3 行");
    expect(r.stdout).toContain("共 1 个文件，0 个错误，0 个警告。");
    expect(r.stdout).toContain(`已写入：${path.join(snapshots, "2026-10.xlsx")}`);
    expect(readFileSync(path.join(snapshots, "2026-10.xlsx"))).toEqual(readFileSync(WORKBOOK));
  });

  it("import <file> refuses to overwrite the month's snapshot without --replace, and replaces it with", async () => {
    const { file, data, snapshots } = setup(WORKBOOK, "调度表（截至10月底）.xlsx");
    mkdirSync(snapshots);
    copyFileSync("test/fixtures/loader/three-row-header/csv/snapshots/2026-10.csv", path.join(snapshots, "2026-10.csv"));
    const refused = await run([file, "--data", data]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${path.join(snapshots, "2026-10.csv")} 已有这个月的快照，未导入；如要替换，请加 --replace`);
    expect(readdirSync(snapshots)).toEqual(["2026-10.csv"]);
    const replaced = await run([file, "--data", data, "--replace"]);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain("月份：2026-10（年份取自标题行，月份取自文件名）");
    expect(readdirSync(snapshots)).toEqual(["2026-10.xlsx"]);
  });

  it("import <file with no month anywhere> asks for --month, and takes it", async () => {
    const { file, data, snapshots } = setup("test/fixtures/loader/utf8-bom/snapshots/2026-03.csv", "调度表.csv");
    writeFileSync(file, "项目名称,所属县区,年度计划投资,本年完成投资\n甲,青岚区,100,50\n");
    const r = await run([file, "--data", data]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("无法从文件名、标题或表头确定“调度表.csv”是哪个月的表");
    expect(existsSync(snapshots)).toBe(false);
    const withMonth = await run([file, "--data", data, "--month", "2026-03", "--locale", "en"]);
    expect(withMonth.code).toBe(0);
    expect(withMonth.stdout).toContain("month: 2026-03 (from the --month option)");
    expect(readdirSync(snapshots)).toEqual(["2026-03.csv"]);
  });

  it("import <a file with errors> prints them and writes nothing", async () => {
    const { file, data, snapshots } = setup("test/fixtures/loader/broken/reserve-list/snapshots/2026-10.xlsx", "2026年10月储备项目.xlsx");
    const r = await run([file, "--data", data]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("这不是月度进度调度表");
    expect(r.stderr).toContain("有错误，未导入。");
    expect(existsSync(snapshots)).toBe(false);
  });

  it("import with no file or an unknown option exits 2 with the usage line", async () => {
    expect((await run([])).code).toBe(2);
    const r = await run(["x.xlsx", "--bogus"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("用法：npm run import -- <文件>");
  });
});
