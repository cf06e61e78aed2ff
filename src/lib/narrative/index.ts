export { districtParagraph } from "./districtParagraph.ts";
export { programmeParagraph } from "./programmeParagraph.ts";
export { projectLookup, projectParagraph, type ProjectLookup } from "./projectParagraph.ts";
export { asOf, countsSentence, joinSentences, privateSentence, progressSentence, signed, warningsSentence } from "./sentences.ts";
export { warningReason, withReason, type ReasonedWarning } from "./warningReason.ts";
export { halfYearSentence, problemsSentence, programmeNarrative } from "./mechanisms.ts";
