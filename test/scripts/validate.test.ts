import { execFile } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = async (script: string, args: string[], env: Record<string, string> = {}) => {
  try {
    const { stdout, stderr } = await promisify(execFile)("npx", ["tsx", `scripts/${script}.ts`, ...args], { env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};

describe("npm run validate", () => {
  it("validate --data data prints a clean report of the sample and exits 0", async () => {
    const r = await run("validate", ["--data", "data"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("data/snapshots/2026-10.csv：2026-10，编码 utf-8-bom");
    expect(r.stdout).toContain("data/snapshots/2025-02.csv：2025-02，编码 gb18030，表头第 4、5 行");
    expect(r.stdout).toMatch(/共 20 个文件，0 个错误，0 个警告。/);
  });
  it("validate --data <broken> prints every error and exits 1", async () => {
    const r = await run("validate", ["--data", "test/fixtures/loader/broken/not-a-number"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("test/fixtures/loader/broken/not-a-number/snapshots/2026-10.csv:4 列「1-10月完成投资」：“约5000”不是数字");
  });
  it("validate --json prints the report as JSON, with the mapping and the skipped rows", async () => {
    const r = await run("validate", ["--data", "test/fixtures/loader/excel-gbk", "--json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { files: Array<{ encoding: string; skipped: unknown[]; columns: unknown[] }>; errors: number };
    expect(report.errors).toBe(0);
    expect(report.files[0]!.encoding).toBe("gb18030");
    expect(report.files[0]!.skipped).toHaveLength(10);
  });
  it("validate reads DATA_DIR when --data is not given, and speaks English with --locale en", async () => {
    const r = await run("validate", ["--locale", "en"], { DATA_DIR: "test/fixtures/loader/broken/empty-file" });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("test/fixtures/loader/broken/empty-file/snapshots/2026-10.csv the file is empty");
  });
  it("validate with an unknown option exits 2 with the usage line", async () => {
    const r = await run("validate", ["--dta", "data"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("usage: npm run validate");
  });
});

describe("npm run validate on folders of workbooks", () => {
  for (const [folder, format] of [
    ["xlsx-months", "Excel 工作簿 .xlsx"],
    ["xls-months", "Excel 97-2003 工作簿 .xls"],
  ] as const) {
    it(`validate --data ${folder} reads every workbook, names the sheet read and skipped, and reports a problem of every file once`, async () => {
      const r = await run("validate", ["--data", `test/fixtures/loader/${folder}`]);
      expect(r.code).toBe(0);
      const ext = folder === "xlsx-months" ? "xlsx" : "xls";
      expect(r.stdout).toContain(`test/fixtures/loader/${folder}/snapshots/2026-02.${ext}：2026-02，${format}，工作表“调度表”，表头第 3、4、5 行，单位 万元（表头），12 个项目，按项目编号匹配各月`);
      expect(r.stdout).toContain("  跳过工作表“汇总”：没有项目表头（如汇总表、说明页）");
      expect(r.stdout).toContain("  表中没有「所属县区」列，取自分组行（如“一、望潮区（3个）”，共 8 组）");
      expect(r.stdout).toContain(
        `  ! test/fixtures/loader/${folder}/snapshots/2026-02.${ext}:3、2026-03.${ext}:3、2026-04.${ext}:3（3 个文件） AC列「片区」不是已知列，未使用（如需使用，请在 site.yaml 的 columns 中映射）`,
      );
      expect(r.stdout).toMatch(/共 3 个文件，0 个错误，3 个警告。/);
    });
  }
});

describe("npm run build with invalid data", () => {
  it("build --data <broken> prints the errors, exits 1 and writes nothing", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "journal-")), "site");
    const r = await run("build", ["--data", "test/fixtures/loader/broken/ref-error", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("“#REF!”是 Excel 公式错误");
    expect(existsSync(out)).toBe(false);
  });
});
