/**
 * @app/content: report content as text. Import of pasted drafts into the five statutory sections,
 * the completeness check (形式审查) and the follow-through check against last year's plan.
 * Pure functions: no Nest, no TypeORM, no I/O.
 */
export * from './types';
export { importReportText } from './import-text';
export { checkCompleteness } from './completeness';
export type { CheckResult, CompletenessOptions } from './completeness';
export { findFigures, listFigures } from './figures';
export type { Figure, FigureKind } from './figures';
export { checkFollowThrough, plannedItems } from './follow-through';
export type { Evidence, FollowThroughEntry, FollowThroughOptions, PlannedItem } from './follow-through';
export { classifyHeading } from './classify';
export type { Classification } from './classify';
export { scanHeadings } from './headings';
export type { HeadingLine, HeadingStyle } from './headings';
export { compareUnitNames, extractMeta } from './meta';
