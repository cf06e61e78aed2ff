export { editionContent, type EditionContent, type EditionMonth, type EditionProject, type HistoryMonth } from "./content.ts";
export { DIFF_INDICATORS, type ChangedProject, type DiffIndicator, type EditionChanges, type FlagChange, type IndicatorMove, type RankMove, type WarningChange } from "./changes.ts";
export { diffEditions } from "./diff.ts";
export { draftContent, newestRecord, type DraftInputs } from "./draft.ts";
export { editionsOf, type Edition } from "./editionsOf.ts";
export { nextRecord, type PublishRefusal } from "./publish.ts";
export { contentChecksum, EditionRecordSchema, recordPath, recordText, type EditionRecord } from "./record.ts";
export { sha256, stableJson } from "./stableJson.ts";
export { verifyEditions, type RecordFile } from "./verifyEditions.ts";
