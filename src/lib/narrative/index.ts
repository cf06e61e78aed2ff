export { districtParagraph } from "./districtParagraph.ts";
export {
  formatCount,
  formatMoney,
  formatMonth,
  formatPercent,
  formatPoints,
  formatScore,
  NOT_APPLICABLE,
  pointsDirection,
  WAN_PER_YI,
} from "./format.ts";
export { programmeParagraph } from "./programmeParagraph.ts";
export { projectParagraph } from "./projectParagraph.ts";
export { asOf, countsSentence, joinSentences, privateSentence, progressSentence, signed, warningsSentence } from "./sentences.ts";
