import type { Me } from '../api/openapi.gen';
import { canReadCopies } from './copiesAccess';

const me = (kind: Me['unit']['kind'], roles: Array<[Me['roles'][number]['role'], string]>): Me => ({
  id: 'u1',
  username: 'someone',
  displayName: '某人',
  unit: { id: 'own', kind, level: 'county', name: '某单位', parentId: null },
  roles: roles.map(([role, unitId]) => ({ role, unitId, unitName: null })),
});

describe('who sees 收到的报告', () => {
  it('the head of a unit reports are sent to (主送 or 抄送)', () => {
    for (const kind of ['justice_bureau', 'rule_of_law_office', 'party_committee', 'government'] as const)
      expect(canReadCopies(me(kind, [['unit_leader', 'own']]))).toBe(true);
  });

  it('not the head of a department, which receives reports only as an issuer (a coordinator)', () => {
    expect(canReadCopies(me('department', [['unit_leader', 'own']]))).toBe(false);
    expect(canReadCopies(me('department', [['coordinator', 'own']]))).toBe(true);
  });

  it('not a drafter or reviewer, nor a unit leader of another unit', () => {
    expect(canReadCopies(me('justice_bureau', [['drafter', 'own']]))).toBe(false);
    expect(canReadCopies(me('justice_bureau', [['unit_leader', 'elsewhere']]))).toBe(false);
    expect(canReadCopies(null)).toBe(false);
  });
});
