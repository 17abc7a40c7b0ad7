/**
 * Who may do what: every endpoint, every role, against a target in the caller's own unit, a unit
 * below it, a sibling unit and a unit of a foreign prefecture. Written out by hand (not computed by
 * the policy under test); docs/authorization-matrix.md is rendered from this table.
 *
 * The caller sits in a county government unit C1 and holds exactly one role there.
 *   own = C1, below = C1's transport bureau, sibling = another county of the same prefecture,
 *   foreign = a county transport bureau of another prefecture.
 */
export const RELATIONS = ['own', 'below', 'sibling', 'foreign'] as const;
export type Relation = (typeof RELATIONS)[number];
export const MATRIX_ROLES = [
  'drafter',
  'dept_reviewer',
  'legal_adviser',
  'party_approver',
  'unit_leader',
  'coordinator',
  'admin',
] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

type Row = Record<MatrixRole, [number, number, number, number]>;
const unitRoles = (
  own: number,
  below: number,
  sibling = 404,
  foreign = 404,
): [number, number, number, number] => [own, below, sibling, foreign];

/** Roles whose reach is one unit: everything below, beside or abroad is invisible (404). */
const sameForOwnUnitRoles = (own: number) => ({
  drafter: unitRoles(own, 404),
  dept_reviewer: unitRoles(own, 404),
  legal_adviser: unitRoles(own, 404),
  party_approver: unitRoles(own, 404),
  unit_leader: unitRoles(own, 404),
});

export const TARGETED: Record<string, Row> = {
  'GET /units/:id': {
    ...sameForOwnUnitRoles(200),
    coordinator: unitRoles(200, 200),
    admin: unitRoles(200, 200),
  },
  'POST /units (parentId)': {
    ...sameForOwnUnitRoles(403),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(201, 201),
  },
  'POST /users (unitId)': {
    ...sameForOwnUnitRoles(403),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(201, 201),
  },
  'GET /users?unitId=': {
    ...sameForOwnUnitRoles(403),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(200, 200),
  },
  'GET /users/:id': {
    ...sameForOwnUnitRoles(403),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(200, 200),
  },
  'POST /users/:id/roles': {
    ...sameForOwnUnitRoles(403),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(201, 201),
  },
  'POST /users/:id/deactivate': {
    ...sameForOwnUnitRoles(403),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(200, 200),
  },
  'POST /reports (unitId)': {
    ...sameForOwnUnitRoles(403),
    drafter: unitRoles(201, 404),
    coordinator: unitRoles(201, 201),
    admin: unitRoles(403, 403),
  },
  'GET /reports/:id': {
    ...sameForOwnUnitRoles(200),
    coordinator: unitRoles(200, 200),
    admin: unitRoles(200, 200),
  },
  'GET /reports/:id/history': {
    ...sameForOwnUnitRoles(200),
    coordinator: unitRoles(200, 200),
    admin: unitRoles(200, 200),
  },
  'GET /reports/:id/revisions': {
    ...sameForOwnUnitRoles(200),
    coordinator: unitRoles(200, 200),
    admin: unitRoles(200, 200),
  },
  'POST /reports/:id/revisions': {
    ...sameForOwnUnitRoles(403),
    drafter: unitRoles(201, 404),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(403, 403),
  },
  // Submitting needs the drafter role in the report's unit; the coordinator of C1 is not the level
  // that receives C1's reports (the prefecture is), so it holds no workflow role here.
  'POST /reports/:id/actions (submit)': {
    ...sameForOwnUnitRoles(403),
    drafter: unitRoles(200, 404),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(403, 403),
  },
  'GET /reports/:id/attachments': {
    ...sameForOwnUnitRoles(200),
    coordinator: unitRoles(200, 200),
    admin: unitRoles(200, 200),
  },
};

/** Endpoints with no target unit: the caller's own data, or an admin-only view. */
export const UNTARGETED: Record<string, Record<MatrixRole, number>> = {
  'GET /me': {
    drafter: 200,
    dept_reviewer: 200,
    legal_adviser: 200,
    party_approver: 200,
    unit_leader: 200,
    coordinator: 200,
    admin: 200,
  },
  'GET /units': {
    drafter: 200,
    dept_reviewer: 200,
    legal_adviser: 200,
    party_approver: 200,
    unit_leader: 200,
    coordinator: 200,
    admin: 200,
  },
  'GET /reports': {
    drafter: 200,
    dept_reviewer: 200,
    legal_adviser: 200,
    party_approver: 200,
    unit_leader: 200,
    coordinator: 200,
    admin: 200,
  },
  'GET /work-queue': {
    drafter: 200,
    dept_reviewer: 200,
    legal_adviser: 200,
    party_approver: 200,
    unit_leader: 200,
    coordinator: 200,
    admin: 200,
  },
  'GET /notifications': {
    drafter: 200,
    dept_reviewer: 200,
    legal_adviser: 200,
    party_approver: 200,
    unit_leader: 200,
    coordinator: 200,
    admin: 200,
  },
  'GET /users': {
    drafter: 403,
    dept_reviewer: 403,
    legal_adviser: 403,
    party_approver: 403,
    unit_leader: 403,
    coordinator: 403,
    admin: 200,
  },
  'GET /admin/events': {
    drafter: 403,
    dept_reviewer: 403,
    legal_adviser: 403,
    party_approver: 403,
    unit_leader: 403,
    coordinator: 403,
    admin: 200,
  },
  'POST /system/self-checks': {
    drafter: 403,
    dept_reviewer: 403,
    legal_adviser: 403,
    party_approver: 403,
    unit_leader: 403,
    coordinator: 403,
    admin: 202,
  },
};

export function renderMarkdown(): string {
  const lines = [
    '# Authorization matrix',
    '',
    'Generated from `test/identity/authorization-matrix.data.ts` by `npm run docs:authz`; the e2e test',
    '`test/identity/authorization-matrix.e2e-spec.ts` checks every cell against the running API and fails',
    'when this file is out of date.',
    '',
    'The caller sits in a county government unit (C1) and holds exactly one role there. Targets: **own** =',
    "C1; **below** = C1's transport bureau; **sibling** = another county of the same prefecture; **foreign** =",
    "a unit of another prefecture. 404 means the target is outside the caller's reach (its existence is not",
    'revealed); 403 means visible, but the caller lacks the role the action needs (the message names it).',
    '',
  ];
  for (const [endpoint, row] of Object.entries(TARGETED)) {
    lines.push(
      `## ${endpoint}`,
      '',
      `| role | ${RELATIONS.join(' | ')} |`,
      `|---|${RELATIONS.map(() => '---').join('|')}|`,
    );
    for (const role of MATRIX_ROLES) lines.push(`| ${role} | ${row[role].join(' | ')} |`);
    lines.push('');
  }
  lines.push(
    '## Endpoints without a target unit',
    '',
    `| endpoint | ${MATRIX_ROLES.join(' | ')} |`,
    `|---|${MATRIX_ROLES.map(() => '---').join('|')}|`,
  );
  for (const [endpoint, row] of Object.entries(UNTARGETED))
    lines.push(`| ${endpoint} | ${MATRIX_ROLES.map((r) => row[r]).join(' | ')} |`);
  lines.push('');
  return lines.join('\n');
}
