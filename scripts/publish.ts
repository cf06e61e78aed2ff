import { formatReport } from "../src/lib/i18n/report.ts";
import { publishEdition } from "../src/lib/io/publishEdition.ts";
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

const result = await publishEdition(dataDir, month, { revise, date });
const zh = result.locale === "zh-CN";
if (!result.ok) {
  const messages: Record<Exclude<typeof result.reason, "invalid-data">, string> = {
    "no-snapshot": zh ? `没有 ${month} 的调度表（${dataDir}/snapshots/${month}.csv、.xlsx、.xls 或 .et）` : `no table for ${month} (${dataDir}/snapshots/${month}.csv, .xlsx, .xls or .et)`,
    "already-published": zh
      ? `${month} 期已经发布，已发布的期次不能覆盖。如需更正，请说明原因：npm run publish -- --month ${month} --revise "更正原因"`
      : `${month} is already published and cannot be overwritten. To correct it, say why: npm run publish -- --month ${month} --revise "why"`,
    "not-published": zh ? `${month} 期尚未发布，首次发布不需要 --revise` : `${month} is not published yet; the first publication takes no --revise`,
    "empty-note": zh ? `--revise 需要写明更正原因` : `--revise needs a reason`,
  };
  console.error(result.reason === "invalid-data" ? formatReport(result.report, result.locale) : messages[result.reason]);
  process.exit(1);
}
const { file, record, bytes } = result;
console.log(
  zh
    ? `已发布 ${month} 期第 ${record.revision} 版：${file}（${(bytes / 1024).toFixed(0)} KB，内容校验和 ${record.contentSha256.slice(0, 12)}…）。请提交此文件。`
    : `published ${month} revision ${record.revision}: ${file} (${(bytes / 1024).toFixed(0)} KB, content checksum ${record.contentSha256.slice(0, 12)}…). Commit this file.`,
);
