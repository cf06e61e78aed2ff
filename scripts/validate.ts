import { loadDataDir } from "../src/lib/io/loadDataDir.ts";
import { formatReport } from "../src/lib/i18n/report.ts";
import { cliArgs } from "./cli.ts";

const usage = "usage: npm run validate -- [--data DIR] [--json] [--verbose] [--locale zh-CN|en]";
const { values, dataDir } = cliArgs(usage, {
  json: { type: "boolean" },
  verbose: { type: "boolean" },
  locale: { type: "string" },
});

const { config, report } = await loadDataDir(dataDir);
const locale = values.locale === "en" || values.locale === "zh-CN" ? values.locale : config.locale;
if (values.json) console.log(JSON.stringify(report, null, 2));
else console.log(formatReport(report, locale, { verbose: Boolean(values.verbose) }));
process.exit(report.errors > 0 ? 1 : 0);
