import {
  CHAIN_RULE_LABELS,
  defaultRegistry,
  missingUnder,
  type ChainRuleName,
  type ChainRules,
  type WorkflowDefinition,
} from '@app/workflow';

/** One rule of the campaign's 内部审核流程要求 the unit's chosen chain lacks. */
export interface ChainShortfall {
  rule: ChainRuleName;
  /** 集体审议, 法律顾问审查, 主要负责人签发 */
  label: string;
}

/** The latest version of a unit's chosen review path; null when none is chosen or it is no longer registered. */
export function chosenChain(id: string | null | undefined): WorkflowDefinition | null {
  if (!id) return null;
  return defaultRegistry.list().some((definition) => definition.id === id)
    ? defaultRegistry.latest(id)
    : null;
}

/**
 * 内部流程不符合要求 on the coordinator's board (issue #17): what the campaign's chain rules require
 * that the target's chosen internal chain lacks (missingUnder, the rule 单位管理 shows the unit itself).
 * A unit that chose nothing follows the campaign's own path and falls short of nothing. Pure: the
 * chosen chain comes with the board's row, so the column costs no query.
 */
export function chainShortfallOf(reviewChain: string | null, rules: ChainRules): ChainShortfall[] {
  const chosen = chosenChain(reviewChain);
  if (!chosen) return [];
  return missingUnder(chosen, rules).map((rule) => ({ rule, label: CHAIN_RULE_LABELS[rule] }));
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
