import {
  CHAIN_RULE_LABELS,
  defaultRegistry,
  missingUnder,
  type ChainRuleName,
  type ChainRules,
} from '@app/workflow';

/** One rule of the campaign's 内部审核流程要求 the report's review path lacks. */
export interface ChainShortfall {
  rule: ChainRuleName;
  /** 集体审议, 法律顾问审查, 主要负责人签发 */
  label: string;
}

/** A report's review path as the report stores it: the definition it started on, never changed. */
export interface WorkflowRef {
  id: string;
  version: number;
}

/**
 * 内部流程不符合要求 on the coordinator's board (issue #17): what the campaign's chain rules require
 * that the target's report will not go through. It is read from the report's own path, not from
 * the unit's current choice (units.review_chain): one report per unit and year answers every
 * campaign, so a report made earlier under a campaign or a choice without 法律顾问审查 keeps that
 * path when a stricter campaign adopts it, and resetting the unit's choice afterwards (as a
 * penetration test did to hide it) changes nothing about the steps the report takes. A report
 * this campaign created never falls short (its path is the unit's choice only when that keeps the
 * rules, else the campaign's own, which keeps them: campaignChainRules). Pure: the path comes with
 * the board's row.
 */
export function chainShortfallOf(workflow: WorkflowRef, rules: ChainRules): ChainShortfall[] {
  return missingUnder(defaultRegistry.get(workflow.id, workflow.version), rules).map((rule) => ({
    rule,
    label: CHAIN_RULE_LABELS[rule],
  }));
}

/** The board filter 内部流程不符合要求 (absent: every row). */
export function filterByChainShortfall<R extends { chainShortfall: readonly ChainShortfall[] }>(
  rows: R[],
  shortfall: boolean | undefined,
): R[] {
  return shortfall === undefined ? rows : rows.filter((row) => row.chainShortfall.length > 0 === shortfall);
}

/** The export's 内部流程不符合要求 column: 缺少集体审议、主要负责人签发, or empty. */
export function withChainShortfallColumn(
  table: string[][],
  rows: ReadonlyArray<{ chainShortfall: readonly ChainShortfall[] }>,
): string[][] {
  const [headers, ...lines] = table;
  return [
    [...headers, '内部流程不符合要求'],
    ...lines.map((line, i) => [...line, shortfallText(rows[i].chainShortfall)]),
  ];
}

export function shortfallText(shortfall: readonly ChainShortfall[]): string {
  return shortfall.length === 0 ? '' : `缺少${shortfall.map((s) => s.label).join('、')}`;
}
