import { AppError } from '@app/common';
import type { AppConfig } from '@app/config';
import { DEFAULT_DEFINITION, decide, type PassStep, type TransitionDecision } from '@app/workflow';
import type { AuditRepository } from './audit.repository';
import { DutySeparationPolicy } from './duty-separation-policy';
import type { Report } from './report.types';
import type { DutySeparationSetting, UnitDutySeparationRepository } from './unit-duty-separation.repository';

const definition = DEFAULT_DEFINITION;
const report = {
  id: 'report-1',
  unitId: 'unit-1',
  state: 'dept_review',
  version: 4,
  lastEventSeq: 3,
} as Report;
/** The drafter submitted: the pass as the audit trail has it. */
const submitted: PassStep[] = [
  { action: 'submit', from: 'drafting', to: 'dept_review', actorUserId: 'drafter-1' },
];

function decision(action: 'approve' | 'return'): TransitionDecision {
  const decided = decide(
    definition,
    'dept_review',
    action,
    { userId: 'drafter-1', roles: ['dept_reviewer'] },
    { comment: '意见', dates: { reportYear: 2024, today: '2025-03-10' } },
    null,
  );
  if (!decided.ok) throw new Error(decided.message);
  return decided;
}

function setUp(unitSetting: DutySeparationSetting | null, fallback: DutySeparationSetting = 'enforced') {
  const asked: Array<{ reportId: string; drafting: string; asOfSeq: number }> = [];
  const audit = {
    currentPass: async (pass: { reportId: string; drafting: string; asOfSeq: number }) => {
      asked.push(pass);
      return submitted;
    },
  } as Pick<AuditRepository, 'currentPass'>;
  const units = { settingOf: async () => unitSetting } as Pick<UnitDutySeparationRepository, 'settingOf'>;
  const config = { env: { DUTY_SEPARATION: fallback } } as AppConfig;
  const policy = new DutySeparationPolicy(
    units as UnitDutySeparationRepository,
    audit as AuditRepository,
    config,
  );
  return { policy, asked };
}

describe('DutySeparationPolicy', () => {
  it('refuses the submitter approving, naming the rule', async () => {
    const { policy } = setUp(null);
    const error: unknown = await policy
      .relaxedRuleBrokenBy({ definition, decision: decision('approve'), report, userId: 'drafter-1' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'DUTIES_NOT_SEPARATED',
      details: { rule: 'submitter_may_not_approve' },
    });
  });

  it('checks the pass as of the event the report was read at, so a later commit reads as stale, not as a breach', async () => {
    const { policy, asked } = setUp(null);
    await expect(
      policy.relaxedRuleBrokenBy({ definition, decision: decision('approve'), report, userId: 'drafter-1' }),
    ).rejects.toMatchObject({ code: 'DUTIES_NOT_SEPARATED' });
    expect(asked).toEqual([{ reportId: 'report-1', drafting: 'drafting', asOfSeq: 3 }]);
  });

  it('lets a unit that relaxed the rule go ahead and returns the rule for the record', async () => {
    const { policy } = setUp('relaxed');
    await expect(
      policy.relaxedRuleBrokenBy({ definition, decision: decision('approve'), report, userId: 'drafter-1' }),
    ).resolves.toBe('submitter_may_not_approve');
  });

  it("falls back to DUTY_SEPARATION when the unit has no setting of its own, and the unit's own wins", async () => {
    await expect(setUp(null, 'relaxed').policy.isRelaxedFor('unit-1')).resolves.toBe(true);
    await expect(setUp('enforced', 'relaxed').policy.isRelaxedFor('unit-1')).resolves.toBe(false);
  });

  it('reads no history for a step that is not an approval', async () => {
    const { policy, asked } = setUp(null);
    await expect(
      policy.relaxedRuleBrokenBy({ definition, decision: decision('return'), report, userId: 'drafter-1' }),
    ).resolves.toBeNull();
    expect(asked).toEqual([]);
  });
});
