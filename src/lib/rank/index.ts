export { districtBoard } from "./board.ts";
export type { Board, BoardEntry } from "./board.ts";
export { competitionRank, roundScore, SCORE_SCALE } from "./competitionRank.ts";
export { compositeScore } from "./compositeScore.ts";
export type { Weights } from "./compositeScore.ts";
export { computeAll } from "./computeAll.ts";
export type { Computed, MonthComputed } from "./computeAll.ts";
export { dataQuality } from "./dataQuality.ts";
export type { IssueGroup } from "./dataQuality.ts";
export { flags } from "./flags.ts";
export type { Flag } from "./flags.ts";
export { leaders, topRanks } from "./leaders.ts";
export type { Leaders } from "./leaders.ts";
export { COMPONENTS, RANKING_METHOD, WARNING_METHOD } from "./method.ts";
export type { ComponentId } from "./method.ts";
export { minMax } from "./normalise.ts";
export { projectBoard } from "./projectBoard.ts";
export type { ProjectBoardEntry } from "./projectBoard.ts";
export { isQuarterEnd, quarterlyBoards } from "./quarterly.ts";
export type { QuarterlyBoard } from "./quarterly.ts";
export { rankDistricts } from "./rankDistricts.ts";
export type { ComponentScore, DistrictComponents, RankedDistrict } from "./rankDistricts.ts";
export { risers } from "./risers.ts";
export type { Riser } from "./risers.ts";
export { behindWarning, compareWarnings, lateStartWarning, monthWarnings, stalledWarning } from "./warnings.ts";
export type {
  BehindNumbers,
  LateStartNumbers,
  ProjectWarning,
  StalledNumbers,
  Thresholds,
  WarningKind,
  WarningLevel,
} from "./warnings.ts";
