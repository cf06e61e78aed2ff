export { editionContent, type EditionContent, type HistoryPoint } from "./content.ts";
export { nextRecord, type PublishRefusal } from "./publish.ts";
export { contentChecksum, EditionRecordSchema, recordPath, recordText, type EditionRecord } from "./record.ts";
export { sha256, stableJson } from "./stableJson.ts";
export { verifyEditions, type RecordFile } from "./verifyEditions.ts";
