import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadDataDir } from "../src/lib/io/loadDataDir.ts";
import { formatReport } from "../src/lib/data/report.ts";
import { computeAll } from "../src/lib/rank/computeAll.ts";
import { draftContent, nextRecord, recordPath, recordText } from "../src/lib/editions/index.ts";
import { readNotes } from "../src/lib/site/dataFiles.ts";
import { cliArgs } from "./cli.ts";

/**
 * Publish a month as a frozen edition: write data/editions/YYYY-MM/rN.json with every
 * computed number and sentence, the office's note, what changed since the previous month's
 * edition, and the snapshot's checksum. Commit the file.
 */
const usage = 'usage: npm run publish -- --month YYYY-MM [--revise "why"] [--date YYYY-MM-DD] [--data DIR]';
const { values, dataDir } = cliArgs(usage, { month: { type: "string" }, revise: { type: "string" }, date: { type: "string" } });
const month = values.month as string | undefined;
const revise = (values.revise as string | undefined) ?? null;
const today = new Date();
const date = (values.date as string | undefined) ?? `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
if (!month || !/^\d{4}-\d{2}$/.test(month) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error(usage);
  process.exit(2);
}

const { programme, config, report, editions } = await loadDataDir(dataDir, revise ? { revising: month } : {});
const zh = config.locale === "zh-CN";
if (!programme) {
  console.error(formatReport(report, config.locale));
  process.exit(1);
}
const snapshot = programme.snapshots.find((s) => s.month === month);
if (!snapshot) {
  console.error(zh ? `没有 ${month} 的快照（${dataDir}/snapshots/${month}.csv）` : `no snapshot for ${month} (${dataDir}/snapshots/${month}.csv)`);
  process.exit(1);
}
const notes = await readNotes(dataDir);
const content = draftContent({ programme, config, computed: computeAll(programme, config), records: editions, notes }, month);
const result = nextRecord(
  editions.filter((r) => r.month === month),
  content,
  snapshot,
  { revise, publishedOn: date },
);
if ("refused" in result) {
  const messages = {
    "already-published": zh
      ? `${month} 期已经发布，已发布的期次不能覆盖。如需更正，请说明原因：npm run publish -- --month ${month} --revise "更正原因"`
      : `${month} is already published and cannot be overwritten. To correct it, say why: npm run publish -- --month ${month} --revise "why"`,
    "not-published": zh ? `${month} 期尚未发布，首次发布不需要 --revise` : `${month} is not published yet; the first publication takes no --revise`,
    "empty-note": zh ? `--revise 需要写明更正原因` : `--revise needs a reason`,
  };
  console.error(messages[result.refused]);
  process.exit(1);
}
const file = path.join(dataDir, recordPath(month, result.record.revision));
await mkdir(path.dirname(file), { recursive: true });
const text = recordText(result.record);
await writeFile(file, text);
console.log(
  zh
    ? `已发布 ${month} 期第 ${result.record.revision} 版：${file}（${(Buffer.byteLength(text) / 1024).toFixed(0)} KB，内容校验和 ${result.record.contentSha256.slice(0, 12)}…）。请提交此文件。`
    : `published ${month} revision ${result.record.revision}: ${file} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB, content checksum ${result.record.contentSha256.slice(0, 12)}…). Commit this file.`,
);
