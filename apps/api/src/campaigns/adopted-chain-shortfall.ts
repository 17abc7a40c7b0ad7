import type { ChainRules } from '@app/workflow';
import { chainShortfallOf, type ChainShortfall, type WorkflowRef } from './board-chain-shortfall';

/** A target whose report for the year existed before the campaign asked it, and so answers as it is. */
export interface AdoptedReport {
  unit: { id: string; name: string };
  report: { id: string; workflowId: string; workflowVersion: number };
}

/** What the issuer is told about one adopted report whose path lacks a required step. */
export interface AdoptedChainShortfall {
  unit: { id: string; name: string };
  reportId: string;
  workflow: WorkflowRef;
  missing: ChainShortfall[];
}

/**
 * The adopted reports that will not go through every step the campaign's 内部审核流程要求 require
 * (a penetration test found such a report adopted without a word), in the targets' order. Told,
 * not refused: the unit's one report for the year exists (its path is fixed once started) and may
 * already be under way or dispatched; whether that is acceptable is the issuing office's decision, and the board keeps
 * showing it (chainShortfallOf, the same rule).
 */
export function adoptedChainShortfalls(
  adopted: readonly AdoptedReport[],
  rules: ChainRules,
): AdoptedChainShortfall[] {
  return adopted.flatMap(({ unit, report }) => {
    const workflow = { id: report.workflowId, version: report.workflowVersion };
    const missing = chainShortfallOf(workflow, rules);
    return missing.length === 0
      ? []
      : [{ unit: { id: unit.id, name: unit.name }, reportId: report.id, workflow, missing }];
  });
}
