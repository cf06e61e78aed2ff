export { editionContent, type EditionContent, type HistoryMonth } from "./content.ts";
export { nextRecord, type PublishRefusal } from "./publish.ts";
export { contentChecksum, EditionRecordSchema, recordPath, recordText, type EditionRecord } from "./record.ts";
export { sha256, stableJson } from "./stableJson.ts";
export { verifyEditions, type RecordFile } from "./verifyEditions.ts";
