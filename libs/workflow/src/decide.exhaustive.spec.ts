import { decide } from './decide';
import { DEFAULT_DEFINITION } from './default-definition';
import { allowedActions } from './queries';
import {
  ROLES,
  type ActionField,
  type ActionInput,
  type Effect,
  type LastTransition,
  type Role,
} from './types';

/**
 * Every (state x action x single role) of the default path, with a complete input and with an
 * empty one, against a table written by hand from domain.md. The table deliberately does not read
 * the definition: if the definition drifts, this test must notice.
 */

const STATES = [
  'drafting',
  'dept_review',
  'legal_review',
  'party_approval',
  'submitted',
  'accepted',
  'published',
];
const DEFINED_ACTIONS = ['submit', 'approve', 'return', 'accept', 'publish'];
const ACTIONS = [...DEFINED_ACTIONS, 'withdraw', 'delete_report'];

interface Move {
  to: string;
  roles: Role[];
  comment?: true;
  fields?: ActionField[];
  effects: Effect[];
}

const own = (roles: Role[], reason: Extract<Effect, { type: 'notify' }>['reason']): Effect => ({
  type: 'notify',
  audience: 'own_unit',
  roles,
  reason,
});
const above = (reason: Extract<Effect, { type: 'notify' }>['reason']): Effect => ({
  type: 'notify',
  audience: 'receiving_unit',
  roles: ['coordinator'],
  reason,
});
const open = (state: string): Effect => ({ type: 'open_stage_deadline', state });
const close = (state: string): Effect => ({ type: 'close_stage_deadline', state });

const returnFrom = (state: string, role: Role): Move => ({
  to: 'drafting',
  roles: [role],
  comment: true,
  effects: [close(state), own(['drafter'], 'returned')],
});

const MOVES: Record<string, Record<string, Move>> = {
  drafting: {
    submit: {
      to: 'dept_review',
      roles: ['drafter'],
      effects: [open('dept_review'), own(['dept_reviewer'], 'action_required')],
    },
  },
  dept_review: {
    approve: {
      to: 'legal_review',
      roles: ['dept_reviewer'],
      effects: [close('dept_review'), open('legal_review'), own(['legal_adviser'], 'action_required')],
    },
    return: returnFrom('dept_review', 'dept_reviewer'),
  },
  legal_review: {
    approve: {
      to: 'party_approval',
      roles: ['legal_adviser'],
      fields: ['opinion'],
      effects: [close('legal_review'), open('party_approval'), own(['party_approver'], 'action_required')],
    },
    return: returnFrom('legal_review', 'legal_adviser'),
  },
  party_approval: {
    approve: {
      to: 'submitted',
      roles: ['party_approver'],
      fields: ['meetingBody', 'meetingDate', 'minutesNumber'],
      effects: [close('party_approval'), open('submitted'), above('action_required')],
    },
    return: returnFrom('party_approval', 'party_approver'),
  },
  submitted: {
    accept: {
      to: 'accepted',
      roles: ['coordinator'],
      effects: [close('submitted'), own(['drafter', 'unit_leader'], 'accepted')],
    },
    return: returnFrom('submitted', 'coordinator'),
  },
  accepted: {
    publish: { to: 'published', roles: ['drafter', 'unit_leader'], effects: [above('published')] },
  },
  published: {},
};

/** How each state was entered in this scenario: by the acting user, so only the rule itself decides withdraw. */
const ACTOR_ID = 'u-actor';
const entered = (action: string, from: string, to: string, actorRole: Role): LastTransition => ({
  action,
  from,
  to,
  actorUserId: ACTOR_ID,
  actorRole,
});
const LAST: Record<string, LastTransition | null> = {
  drafting: null,
  dept_review: entered('submit', 'drafting', 'dept_review', 'drafter'),
  legal_review: entered('approve', 'dept_review', 'legal_review', 'dept_reviewer'),
  party_approval: entered('approve', 'legal_review', 'party_approval', 'legal_adviser'),
  submitted: entered('approve', 'party_approval', 'submitted', 'party_approver'),
  accepted: entered('accept', 'submitted', 'accepted', 'coordinator'),
  published: entered('publish', 'accepted', 'published', 'drafter'),
};

/** Withdraw outcome per state (any role: only the user id and the last move matter). */
const WITHDRAW: Record<string, { to: string; actingRole: Role; effects: Effect[] } | null> = {
  drafting: null, // nothing to withdraw
  dept_review: {
    to: 'drafting',
    actingRole: 'drafter',
    effects: [close('dept_review'), own(['dept_reviewer'], 'withdrawn')],
  },
  legal_review: {
    to: 'dept_review',
    actingRole: 'dept_reviewer',
    effects: [close('legal_review'), open('dept_review'), own(['legal_adviser'], 'withdrawn')],
  },
  party_approval: {
    to: 'legal_review',
    actingRole: 'legal_adviser',
    effects: [close('party_approval'), open('legal_review'), own(['party_approver'], 'withdrawn')],
  },
  submitted: {
    to: 'party_approval',
    actingRole: 'party_approver',
    effects: [close('submitted'), open('party_approval'), above('withdrawn')],
  },
  accepted: null, // accept is not withdrawable
  published: null, // publish is not withdrawable
};

const COMPLETE_INPUT: ActionInput = {
  comment: '第二部分缺少第一责任人履职情况，请补充',
  fields: {
    opinion: '经审查，报告内容合法',
    meetingBody: '党组会议',
    meetingDate: '2024-02-20',
    minutesNumber: '党组纪要〔2024〕3号',
    publicationUrl: 'https://example.gov.cn/fzzf/2023',
  },
};

type Expectation =
  | { ok: true; from: string; to: string; action: string; actingRole: Role; effects: Effect[] }
  | { ok: false; code: string; missingRoles?: Role[]; missingFields?: ActionField[] };

function expected(state: string, action: string, role: Role, inputComplete: boolean): Expectation {
  if (action === 'withdraw') {
    const back = WITHDRAW[state];
    return back ? { ok: true, from: state, action, ...back } : { ok: false, code: 'WITHDRAW_NOT_ALLOWED' };
  }
  if (!DEFINED_ACTIONS.includes(action)) return { ok: false, code: 'UNKNOWN_ACTION' };
  const move = MOVES[state][action];
  if (!move) return { ok: false, code: 'ACTION_NOT_ALLOWED_IN_STATE' };
  if (!move.roles.includes(role)) return { ok: false, code: 'ROLE_NOT_ALLOWED', missingRoles: move.roles };
  if (!inputComplete && move.comment) return { ok: false, code: 'COMMENT_REQUIRED' };
  if (!inputComplete && move.fields) return { ok: false, code: 'FIELD_REQUIRED', missingFields: move.fields };
  return { ok: true, from: state, to: move.to, action, actingRole: role, effects: move.effects };
}

const CASES = STATES.flatMap((state) =>
  ACTIONS.flatMap((action) =>
    ROLES.flatMap((role) => [true, false].map((inputComplete) => ({ state, action, role, inputComplete }))),
  ),
);

describe('decide on the default definition, exhaustively', () => {
  it('covers exactly the states and actions of the definition', () => {
    expect(DEFAULT_DEFINITION.states.map((s) => s.id)).toEqual(STATES);
    expect([...new Set(DEFAULT_DEFINITION.transitions.map((t) => t.action))].sort()).toEqual(
      [...DEFINED_ACTIONS].sort(),
    );
    // states × (five actions, withdraw, one unknown) × roles × complete or not
    expect(CASES).toHaveLength(7 * 7 * ROLES.length * 2);
  });

  it.each(CASES)(
    '$state / $action / $role (complete input: $inputComplete)',
    ({ state, action, role, inputComplete }) => {
      const actor = { userId: ACTOR_ID, roles: [role] };
      const decision = decide(
        DEFAULT_DEFINITION,
        state,
        action,
        actor,
        inputComplete ? COMPLETE_INPUT : {},
        LAST[state],
      );
      const want = expected(state, action, role, inputComplete);

      if (want.ok) {
        expect(decision).toEqual(want);
      } else {
        expect(decision).toMatchObject(want);
        if (!decision.ok) expect(decision.message.length).toBeGreaterThan(10);
      }
    },
  );

  it.each(STATES.flatMap((state) => ROLES.map((role) => ({ state, role }))))(
    'allowedActions agrees with decide in $state for $role',
    ({ state, role }) => {
      const actor = { userId: ACTOR_ID, roles: [role] };
      const offered = allowedActions(DEFAULT_DEFINITION, state, actor, LAST[state]).map((a) => a.action);
      const succeeding = ACTIONS.filter(
        (action) => decide(DEFAULT_DEFINITION, state, action, actor, COMPLETE_INPUT, LAST[state]).ok,
      );
      expect([...offered].sort()).toEqual([...succeeding].sort());
    },
  );
});
