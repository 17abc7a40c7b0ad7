import { roleLabel } from './labels';
import { areasBelow, coordinatorLabel, historyActorLabel, levelLabels } from './levelWords';

describe('words from the user level and unit', () => {
  it('names the coordinator after the office and its bureau', () => {
    expect(coordinatorLabel({ name: '自治区司法厅', level: 'province' })).toBe('依法治区办（司法厅）经办人');
    expect(coordinatorLabel({ name: '昌吉州司法局', level: 'prefecture' })).toBe(
      '依法治州办（司法局）经办人',
    );
    expect(coordinatorLabel({ name: '昌吉州司法局', level: 'prefecture', kind: 'justice_bureau' })).toBe(
      '依法治州办（司法局）经办人',
    );
  });

  it('names a department’s coordinator after the department, not an office it is not', () => {
    expect(coordinatorLabel({ name: '昌吉州交通运输局', level: 'prefecture', kind: 'department' })).toBe(
      '报送任务经办人（昌吉州交通运输局）',
    );
  });

  it('an autonomous region names its levels its own way', () => {
    expect(levelLabels(true).province).toBe('自治区级');
    expect(levelLabels(true).prefecture).toBe('地（州、市）级');
    expect(levelLabels(false).prefecture).toBe('市（州）级');
    expect(areasBelow('province', true)).toBe('各地（州、市）');
    expect(areasBelow('prefecture', true)).toBe('各县（市、区）');
  });

  it('the 流程记录 names a coordinator after their own office, as the header does', () => {
    const units = new Map([['u-bureau', { name: '昌吉州司法局', level: 'prefecture' as const }]]);
    const create = { action: 'create', actorRole: 'coordinator', actorUnitId: 'u-bureau' };
    expect(historyActorLabel(create, { units, roleLabel })).toBe('依法治州办（司法局）经办人');
    // A drafter cannot see the issuer's unit: the campaign's issuer names the office that created the report.
    expect(
      historyActorLabel(create, { units: new Map(), campaignIssuer: { name: '昌吉回族自治州' }, roleLabel }),
    ).toBe('依法治州办（司法局）经办人');
    expect(
      historyActorLabel({ action: 'submit', actorRole: 'drafter', actorUnitId: 'x' }, { units, roleLabel }),
    ).toBe('起草人');
  });

  it('names a higher office that returned the report by the unit the API gives, not the bare role (walk P4)', () => {
    const returned = {
      action: 'receipt_returned',
      actorRole: 'coordinator',
      actorUnitId: 'u-pref',
      actorUnit: { name: '自治区司法厅', level: 'province' as const },
    };
    expect(historyActorLabel(returned, { units: new Map(), roleLabel })).toBe('依法治区办（司法厅）经办人');
    expect(historyActorLabel({ ...returned, actorUnit: null }, { units: new Map(), roleLabel })).toBe(
      roleLabel('coordinator'),
    );
  });

  it('names the party group approver for what they do, right for a 党组书记 too (walk P16)', () => {
    expect(roleLabel('party_approver')).toBe('集体审议登记人');
    const approve = { action: 'approve', actorRole: 'party_approver', actorUnitId: 'x' };
    expect(historyActorLabel(approve, { units: new Map(), roleLabel })).toBe('集体审议登记人');
  });
});
