import type { WorkflowDefinition } from '@app/workflow';
import type { DesiredDeadlines } from './deadline.repository';

/**
 * Deadlines follow from the report row: a stage deadline while the current state has one and a
 * due date is set for it; the unit's due date while the report is still in the unit's hands
 * (drafting or an internal review), not once it has gone up.
 */
export function desiredDeadlines(
  definition: WorkflowDefinition,
  report: { state: string; stageDueAt: Date | null; dueAt: Date | null },
): DesiredDeadlines {
  const state = definition.states.find((s) => s.id === report.state);
  const inUnit = state?.kind === 'drafting' || state?.kind === 'review';
  return {
    stage:
      state?.hasStageDeadline && report.stageDueAt ? { stage: report.state, dueAt: report.stageDueAt } : null,
    due: inUnit && report.dueAt ? { dueAt: report.dueAt } : null,
  };
}
