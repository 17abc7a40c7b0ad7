import { chainRuleProblems, chainRulesOf, definitionForUnit } from './chain-rules';
import { decide } from './decide';
import { dutyConflict } from './duty-separation';
import { ARCHIVE_DEFINITION, DEFAULT_DEFINITION, SHORT_DEFINITION } from './default-definition';
import {
  DEFAULT_DEFINITION_V2 as DEF,
  DIVISION_LEADER_DEFINITION,
  DIVISION_LEADER_NO_LEGAL_DEFINITION,
  NO_LEGAL_REVIEW_DEFINITION,
} from './deliberation-chain';
import { allowedActions, stateLabel } from './queries';
import type { ActionInput, Decision, Role, StateId, WorkflowDefinition, WorkflowFacts } from './types';
import { validateDefinition } from './validate-definition';

const MEETING = {
  meetingBody: '党组会议',
  meetingDate: '2026-01-20',
  minutesNumber: '党组会纪要〔2026〕2号',
};
const as = (role: Role) => ({ userId: `u-${role}`, roles: [role] });

function act(
  state: StateId,
  action: string,
  role: Role,
  input: ActionInput = {},
  def: WorkflowDefinition = DEF,
): Decision {
  return decide(def, state, action, as(role), input, null);
}

/** The record keeping a decision asks for, in order. */
function records(decision: Decision): string[] {
  if (!decision.ok) throw new Error(decision.message);
  return decision.effects.map((e) => e.type).filter((type) => /record/.test(type));
}

const STANDS: WorkflowFacts = { meetingRecordStands: true };

describe('default v2: deliberation, sign-off, numbered dispatch', () => {
  it('通过 records the meeting and hands the report to the principal leader, then the office', () => {
    const approved = act('party_approval', 'approve', 'party_approver', { fields: MEETING });
    expect(approved).toMatchObject({ ok: true, to: 'leader_signoff' });
    expect(records(approved)).toEqual(['record_meeting']);

    const signed = act('leader_signoff', 'sign_off', 'unit_leader');
    expect(signed).toMatchObject({ ok: true, to: 'dispatching' });
    expect(records(signed)).toEqual(['record_sign_off']);

    const dispatched = act('dispatching', 'dispatch', 'drafter', {
      fields: { documentNumber: '呼交发〔2026〕3号' },
    });
    expect(dispatched).toMatchObject({ ok: true, to: 'submitted' });
    expect(records(dispatched)).toEqual(['record_document_number']);
  });

  it('numbering and sending is clerical: the drafter who submitted may dispatch', () => {
    const pass = [{ action: 'submit', from: 'drafting', to: 'dept_review', actorUserId: 'u-drafter' }];
    expect(dutyConflict(DEF, { from: 'dispatching', action: 'dispatch' }, 'u-drafter', pass)).toBeNull();
    expect(
      dutyConflict(DEF, { from: 'leader_signoff', action: 'sign_off' }, 'u-drafter', pass),
    ).toMatchObject({
      rule: 'submitter_may_not_approve',
    });
  });

  it('the party group can no longer send the report up; only the leader signs', () => {
    expect(act('leader_signoff', 'sign_off', 'party_approver')).toMatchObject({
      code: 'ROLE_NOT_ALLOWED',
      missingRoles: ['unit_leader'],
    });
  });

  it('dispatch needs the 文号, in the form official documents print it', () => {
    expect(act('dispatching', 'dispatch', 'drafter')).toMatchObject({
      code: 'FIELD_REQUIRED',
      missingFields: ['documentNumber'],
    });
    for (const bad of [
      '呼交发[2026]3号',
      '〔2026〕3号',
      '呼交发〔26〕3号',
      '呼交发〔2026〕3',
      '呼交 发〔2026〕3号',
    ]) {
      expect(act('dispatching', 'dispatch', 'drafter', { fields: { documentNumber: bad } })).toMatchObject({
        code: 'FIELD_INVALID',
        invalidFields: ['documentNumber'],
      });
    }
  });

  it('原则通过、按意见修改 returns to the drafter with the opinions, keeping the meeting record', () => {
    expect(
      act('party_approval', 'approve_in_principle', 'party_approver', { fields: MEETING }),
    ).toMatchObject({
      code: 'COMMENT_REQUIRED',
    });
    const inPrinciple = act('party_approval', 'approve_in_principle', 'party_approver', {
      comment: '第三部分补充主要负责人履职情况',
      fields: MEETING,
    });
    expect(inPrinciple).toMatchObject({ ok: true, to: 'drafting' });
    expect(records(inPrinciple)).toEqual(['record_meeting']);
    expect(inPrinciple.ok && inPrinciple.effects).toContainEqual({
      type: 'notify',
      audience: 'own_unit',
      roles: ['drafter'],
      reason: 'returned',
    });
  });

  it('while the meeting record stands, the drafter’s submit goes straight to sign-off', () => {
    expect(act('drafting', 'submit', 'drafter', { facts: STANDS })).toMatchObject({ to: 'leader_signoff' });
    expect(act('drafting', 'submit', 'drafter', { facts: { meetingRecordStands: false } })).toMatchObject({
      to: 'dept_review',
    });
    expect(act('drafting', 'submit', 'drafter')).toMatchObject({ to: 'dept_review' });
    // The shortcut is a forward move: the leader is told to act, not that something came back.
    const shortcut = act('drafting', 'submit', 'drafter', { facts: STANDS });
    expect(shortcut.ok && shortcut.effects).toContainEqual({
      type: 'notify',
      audience: 'own_unit',
      roles: ['unit_leader'],
      reason: 'action_required',
    });
  });

  it('a recipient’s return keeps the meeting; only needsRedeliberation "true" clears it', () => {
    const correction = act('submitted', 'return', 'coordinator', { comment: '第二页错别字' });
    expect(correction).toMatchObject({ ok: true, to: 'drafting' });
    expect(records(correction)).toEqual([]);
    const notTrue = act('submitted', 'return', 'coordinator', {
      comment: 'x',
      fields: { needsRedeliberation: 'false' },
    });
    expect(records(notTrue)).toEqual([]);
    const again = act('submitted', 'return', 'coordinator', {
      comment: '内容有重大调整，请重新审议',
      fields: { needsRedeliberation: 'true' },
    });
    expect(again).toMatchObject({ ok: true, to: 'drafting' });
    expect(records(again)).toEqual(['clear_meeting_record']);
  });

  it('an internal return clears the record, so the whole chain runs again as before', () => {
    for (const [state, role] of [
      ['dept_review', 'dept_reviewer'],
      ['legal_review', 'legal_adviser'],
      ['party_approval', 'party_approver'],
      ['leader_signoff', 'unit_leader'],
    ] as const) {
      expect(records(act(state, 'return', role, { comment: '请修改' }))).toEqual(['clear_meeting_record']);
    }
  });

  it('the submit button says where the report goes, from the report’s facts', () => {
    const [submit] = allowedActions(DEF, 'drafting', as('drafter'), null, STANDS);
    expect(submit).toMatchObject({ action: 'submit', to: 'leader_signoff' });
    expect(allowedActions(DEF, 'drafting', as('drafter'), null)[0]).toMatchObject({ to: 'dept_review' });
    expect(allowedActions(DEF, 'submitted', as('coordinator'), null).map((a) => a.action)).toEqual([
      'accept',
      'return',
    ]);
  });

  it('the drafter may withdraw the shortcut submit while the leader has not signed', () => {
    const last = {
      action: 'submit',
      from: 'drafting',
      to: 'leader_signoff',
      actorUserId: 'u-drafter',
      actorRole: 'drafter' as const,
    };
    expect(decide(DEF, 'leader_signoff', 'withdraw', as('drafter'), {}, last)).toMatchObject({
      ok: true,
      to: 'drafting',
    });
  });

  it('labels the deliberation with the unit’s own body', () => {
    expect(stateLabel(DEF, 'party_approval', { deliberationBody: '局长办公会议' })).toBe(
      '集体审议（局长办公会议）',
    );
    expect(stateLabel(DEF, 'party_approval')).toBe('集体审议');
    expect(stateLabel(DEF, 'leader_signoff', { deliberationBody: '党组会议' })).toBe('主要负责人签发');
    // Version 1 stays as it was for the reports that started on it.
    expect(stateLabel(DEFAULT_DEFINITION, 'party_approval', { deliberationBody: '党组会议' })).toBe(
      '党组审议',
    );
  });
});

describe('the unit’s chain', () => {
  it.each([DEF, DIVISION_LEADER_DEFINITION, NO_LEGAL_REVIEW_DEFINITION, DIVISION_LEADER_NO_LEGAL_DEFINITION])(
    '$id v$version is valid',
    (def) => expect(validateDefinition(def)).toEqual([]),
  );

  it('分管领导审核 comes after 科室审核 and before the legal adviser', () => {
    const def = DIVISION_LEADER_DEFINITION;
    expect(act('dept_review', 'approve', 'dept_reviewer', {}, def)).toMatchObject({
      to: 'division_leader_review',
    });
    expect(act('division_leader_review', 'approve', 'division_leader', {}, def)).toMatchObject({
      to: 'legal_review',
    });
    expect(
      act('division_leader_review', 'return', 'division_leader', { comment: '补充数据' }, def),
    ).toMatchObject({ to: 'drafting' });
  });

  it('without a legal adviser, 科室审核 leads to the deliberation', () => {
    expect(act('dept_review', 'approve', 'dept_reviewer', {}, NO_LEGAL_REVIEW_DEFINITION)).toMatchObject({
      to: 'party_approval',
    });
  });

  it('the campaign’s rules name what a chosen chain lacks', () => {
    expect(chainRuleProblems(NO_LEGAL_REVIEW_DEFINITION, { deliberation: true, signOff: true })).toEqual([]);
    expect(chainRuleProblems(NO_LEGAL_REVIEW_DEFINITION, { legalReview: true })).toEqual([
      'without-legal-review v1 lacks the legal adviser’s review (法律顾问审查), which the campaign requires',
    ]);
    expect(chainRuleProblems(DEFAULT_DEFINITION, { signOff: true, deliberation: true })).toEqual([
      'default v1 lacks the principal leader’s sign-off (主要负责人签发), which the campaign requires',
    ]);
    expect(chainRuleProblems(SHORT_DEFINITION, { deliberation: true })).toEqual([]);
  });
});

describe('a unit’s chosen chain under a campaign’s definition', () => {
  it('the campaign’s definition sets the rules: the safeguards it has', () => {
    expect(chainRulesOf(DEF)).toEqual({ deliberation: true, legalReview: true, signOff: true });
    expect(chainRulesOf(NO_LEGAL_REVIEW_DEFINITION)).toEqual({
      deliberation: true,
      legalReview: false,
      signOff: true,
    });
  });

  it('the unit’s chain is used when it keeps them all, else the campaign’s definition', () => {
    expect(definitionForUnit(DEF, DIVISION_LEADER_DEFINITION)).toBe(DIVISION_LEADER_DEFINITION);
    expect(definitionForUnit(DEF, NO_LEGAL_REVIEW_DEFINITION)).toBe(DEF);
    expect(definitionForUnit(NO_LEGAL_REVIEW_DEFINITION, DIVISION_LEADER_NO_LEGAL_DEFINITION)).toBe(
      DIVISION_LEADER_NO_LEGAL_DEFINITION,
    );
    // A campaign on the first path (no sign-off step) accepts a chain with one, and keeps its legal check.
    expect(definitionForUnit(DEFAULT_DEFINITION, DIVISION_LEADER_DEFINITION)).toBe(
      DIVISION_LEADER_DEFINITION,
    );
    expect(definitionForUnit(DEFAULT_DEFINITION, NO_LEGAL_REVIEW_DEFINITION)).toBe(DEFAULT_DEFINITION);
    expect(definitionForUnit(SHORT_DEFINITION, NO_LEGAL_REVIEW_DEFINITION)).toBe(NO_LEGAL_REVIEW_DEFINITION);
    expect(definitionForUnit(DEF, null)).toBe(DEF);
  });

  it('imported reports stay archived whatever the unit chose', () => {
    expect(definitionForUnit(ARCHIVE_DEFINITION, DIVISION_LEADER_DEFINITION)).toBe(ARCHIVE_DEFINITION);
  });
});

describe('validating conditional alternatives', () => {
  function withSubmit(extra: WorkflowDefinition['transitions']): WorkflowDefinition {
    const def = structuredClone(DEF);
    def.transitions = [...def.transitions.filter((t) => t.action !== 'submit'), ...extra];
    return def;
  }

  it('the last alternative must be the unconditional fallback', () => {
    const def = withSubmit([
      { from: 'drafting', action: 'submit', to: 'dept_review', roles: ['drafter'] },
      {
        from: 'drafting',
        action: 'submit',
        to: 'leader_signoff',
        roles: ['drafter'],
        when: [{ fact: 'meetingRecordStands', is: true }],
      },
    ]);
    expect(validateDefinition(def)).toEqual([
      'drafting --submit--> leader_signoff: a second submit from drafting',
      'submit from drafting: the last alternative must be unconditional (the fallback)',
    ]);
  });

  it('names conditions on unknown facts or fields and empty condition lists', () => {
    const def = withSubmit([
      {
        from: 'drafting',
        action: 'submit',
        to: 'leader_signoff',
        roles: ['drafter'],
        when: [{ fact: 'weather' as 'meetingRecordStands', is: true }],
      },
      {
        from: 'drafting',
        action: 'submit',
        to: 'party_approval',
        roles: ['drafter'],
        when: [{ field: 'mood' as 'opinion', equals: 'x' }],
      },
      { from: 'drafting', action: 'submit', to: 'dept_review', roles: ['drafter'], when: [] },
    ]);
    expect(validateDefinition(def)).toEqual([
      'drafting --submit--> leader_signoff: condition on unknown fact weather',
      'drafting --submit--> party_approval: condition on unknown field mood',
      'drafting --submit--> dept_review: an empty condition list; leave `when` out instead',
      // [] is still a condition list, so there is no fallback either.
      'submit from drafting: the last alternative must be unconditional (the fallback)',
    ]);
  });
});
