import { parseArgs, type ParseArgsConfig } from "node:util";

/**
 * Shared command-line handling: every script takes `--data DIR` (default `data`, or the
 * DATA_DIR environment variable), and bad arguments exit 2 with the usage line.
 */
export function cliArgs<T extends NonNullable<ParseArgsConfig["options"]>>(usage: string, options: T) {
  try {
    const { values } = parseArgs({ options: { data: { type: "string" }, help: { type: "boolean" }, ...options }, strict: true, allowPositionals: false });
    const common = values as { data?: string; help?: boolean };
    if (common.help) {
      console.log(usage);
      process.exit(0);
    }
    const dataDir = common.data ?? process.env.DATA_DIR ?? "data";
    return { values, dataDir };
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage}`);
    process.exit(2);
  }
}
