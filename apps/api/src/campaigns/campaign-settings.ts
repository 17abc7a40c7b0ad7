import { DEFAULT_REMINDER_POLICY, type ReminderPolicy, type StageLimits } from '@app/reports';
import { defaultRegistry, type WorkflowDefinition } from '@app/workflow';
import { CampaignErrors } from './campaign.errors';

/** The workflow a campaign's reports follow: a known (id, version), or the latest default path. */
export function resolveWorkflow(ref: { id: string; version: number } | undefined): WorkflowDefinition {
  if (!ref) return defaultRegistry.latest('default');
  if (!defaultRegistry.has(ref.id, ref.version)) throw CampaignErrors.unknownWorkflow(ref.id, ref.version);
  return defaultRegistry.get(ref.id, ref.version);
}

/**
 * Stage time limits in working days: only the definition's review states (科室审核, 法律顾问审查,
 * 党组审议 …), each a whole number of at least one working day.
 */
export function validateStageLimits(
  input: Record<string, unknown> | undefined,
  definition: WorkflowDefinition,
): StageLimits | null {
  if (input === undefined) return null;
  const reviewStates = definition.states.filter((s) => s.kind === 'review').map((s) => s.id);
  const problems: string[] = [];
  const limits: StageLimits = {};
  for (const [state, value] of Object.entries(input)) {
    if (!reviewStates.includes(state)) {
      problems.push(
        `${state} is not a review stage of ${definition.id} v${definition.version} (${reviewStates.join(', ')})`,
      );
    } else if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 365) {
      problems.push(
        `${state} must be a whole number of working days from 1 to 365 (got ${JSON.stringify(value)})`,
      );
    } else {
      limits[state] = value;
    }
  }
  if (problems.length > 0) {
    throw CampaignErrors.invalid(`Invalid stageLimits: ${problems.join('; ')}`, { fields: problems });
  }
  return limits;
}

/** The campaign's reminder policy: the default with the given overrides. */
export function mergeReminderPolicy(
  overrides: Partial<ReminderPolicy> | undefined,
  base: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): ReminderPolicy {
  const defined = Object.entries(overrides ?? {}).filter(([, v]) => v !== undefined);
  const merged = { ...base, ...Object.fromEntries(defined) } as ReminderPolicy;
  return {
    ...merged,
    stageBefore: [...merged.stageBefore].sort((a, b) => b - a),
    dueBefore: [...merged.dueBefore].sort((a, b) => b - a),
  };
}
