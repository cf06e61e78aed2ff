export { districtBoard } from "./board.ts";
export type { Board, BoardEntry } from "./board.ts";
export { editionCalendar, halfYearSummary, yearBoard } from "./calendar.ts";
export type { EditionCalendar, HalfYearSummary, YearBoard } from "./calendar.ts";
export { competitionRank, roundScore, SCORE_SCALE } from "./competitionRank.ts";
export { compositeScore } from "./compositeScore.ts";
export type { Weights } from "./compositeScore.ts";
export { computeAll } from "./computeAll.ts";
export type { Computed, MonthComputed } from "./computeAll.ts";
export { dataQuality } from "./dataQuality.ts";
export type { IssueGroup } from "./dataQuality.ts";
export { departmentBoard, departmentBoards } from "./departmentBoard.ts";
export type { DepartmentMonth } from "./departmentBoard.ts";
export { flags } from "./flags.ts";
export type { Flag } from "./flags.ts";
export { leaders, topRanks } from "./leaders.ts";
export type { Leaders } from "./leaders.ts";
export { COMPONENTS, RANKING_METHOD, WARNING_METHOD } from "./method.ts";
export type { ComponentId } from "./method.ts";
export { departmentIndicatorsByMonth, departmentsOf, leaderIndicatorsByMonth, leadersOf } from "./namedIndicators.ts";
export { minMax } from "./normalise.ts";
export { periodSummary } from "./periodSummary.ts";
export type { BoardMonth, KeyFigures, PeriodEntry, PeriodSummary } from "./periodSummary.ts";
export { projectBoard } from "./projectBoard.ts";
export type { ProjectBoardEntry } from "./projectBoard.ts";
export { isQuarterEnd, quarterlyBoards } from "./quarterly.ts";
export type { QuarterlyBoard } from "./quarterly.ts";
export { rankDistricts } from "./rankDistricts.ts";
export type { ComponentScore, DistrictComponents, RankedDistrict } from "./rankDistricts.ts";
export { risers } from "./risers.ts";
export type { Riser } from "./risers.ts";
export { scopeBoard } from "./scopeBoard.ts";
export type { BoardRules, ScopeBoard, UnrankedScope } from "./scopeBoard.ts";
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
export { problemItems, problemKey } from "./problemItems.ts";
export type { ProblemItem } from "./problemItems.ts";
export { matchItems, MIN_SHARED_PAIRS, SAME_PROBLEM, sameProblem, similarity } from "./problemMatch.ts";
export { groupOpen, openByDepartment, openByDistrict, openByLeader } from "./problemGroups.ts";
export type { ProblemGroup } from "./problemGroups.ts";
export { problemLedger } from "./problems.ts";
export type {
  ClosedBy,
  ClosedEntry,
  FinishedItem,
  LedgerCounts,
  LedgerMonth,
  OpenEntry,
  Problem,
  ProblemLedger,
  ProblemProject,
  Spell,
  Wording,
} from "./problemTypes.ts";
export { compareClosed, compareOpen, compareProblems, ledgerMonth, monthsOnList, problemNumber, projectProblems } from "./problemViews.ts";
export { ORGANISATION_END, splitNames } from "./splitNames.ts";
