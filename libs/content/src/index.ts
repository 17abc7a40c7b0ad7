/**
 * @app/content: report content as text. Import of pasted drafts into the five statutory sections,
 * the completeness check (形式审查) and the follow-through check against last year's plan.
 * Pure functions: no Nest, no TypeORM, no I/O.
 */
export * from './types';
export { importReportText } from './import-text';
export {
  checkCompleteness,
  CHECKED_ITEMS,
  completenessBasis,
  COMPLETENESS_RULES_VERSION,
  isSectionBlank,
} from './completeness';
export type { CheckResult, CompletenessOptions } from './completeness';
export { findFigures, listFigures } from './figures';
export type { Figure, FigureKind } from './figures';
export {
  checkFollowThrough,
  FollowThroughTooLargeError,
  MAX_FOLLOW_THROUGH_WORK,
  plannedItems,
} from './follow-through';
export type { Evidence, FollowThroughEntry, FollowThroughOptions, PlannedItem } from './follow-through';
export { classifyHeading } from './classify';
export type { Classification } from './classify';
export { scanHeadings } from './headings';
export type { HeadingLine, HeadingStyle } from './headings';
export { compareUnitNames, extractMeta } from './meta';
export { importReportDocx, readDocxText } from './docx/import-docx';
export { decodeTextUpload } from './docx/decode-text';
export { readUploadText } from './docx/read-upload';
export type { UploadFormat } from './docx/read-upload';
export type { SandboxLimits } from './docx/docx-sandbox';
export { DocumentRejectedError, ImportBusyError, UPLOAD_LIMITS } from './docx/errors';
export type { RejectionCode } from './docx/errors';
export { exportReportDocx } from './export/export-docx';
export { xmlSafe, xmlSafeDeep } from './export/xml-safe';
export { findNoncharacter, noncharacterProblem } from './noncharacters';
export {
  DisclosureMarkupError,
  markerProblemZh,
  publicText,
  publicVersionOf,
  WITHHOLD_END,
  WITHHOLD_START,
  withholdMarkerProblems,
  partsReworded,
} from './export/disclosure';
export type { MarkerProblem, MarkerProblemKind } from './export/disclosure';
export { chineseDate, layoutReport, printedSections, writtenAddressee } from './export/layout';
export type { Block, BlockKind, DispatchParts, ExportOptions, ExportReport } from './export/layout';
export { cleanText, fullWidthPunctuation } from './export/clean-text';
export type { CleanedText, DebrisReason, Removal } from './export/clean-text';
export { ItemOrderError, itemOrderOf, STATUTORY_ORDER } from './export/item-order';
export { applyDocumentFixes, checkDocument } from './export/document-check';
export type {
  AppliedFixes,
  DocumentCheck,
  HeadingFix,
  HeadingIssue,
  HeadingProblem,
  SectionRemoval,
} from './export/document-check';
export { compileMaterials, COMPILATION_NOTES, STATUS_LABELS } from './compilation/compile';
export type {
  Compilation,
  CompilationInput,
  CompilationUnit,
  CompilationUnitStatus,
  CompiledItem,
  FigureRow,
  TableFigure,
  UnitEntry,
} from './compilation/compile';
export { exportCompilationDocx, figureCellText } from './compilation/compilation-docx';
export { FIGURE_SUBJECTS, findQuotedFigures } from './compilation/quoted-figures';
export type { FigureSubject, FigureSubjectRule, QuotedFigure } from './compilation/quoted-figures';
export { parseChineseNumeral, parseWrittenNumber } from './compilation/chinese-numerals';
export { exportNoticeDocx, layoutNotice } from './export/notice-docx';
export type { NoticeDocument } from './export/notice-docx';
