import type { Me, Unit } from '../../api/openapi.gen';
import { looksLikeDocumentNumber } from './documentNumber';
import { mayDecideReceipt } from './receiptAccess';

const unit = (id: string, parentId: string | null): Unit => ({
  id,
  parentId,
  name: id,
  kind: 'justice_bureau',
  level: 'county',
  depth: 0,
  path: id,
  divisionCode: null,
  demonstrationArea: false,
  housedInUnitId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
});
const units = [unit('xj', null), unit('cj', 'xj'), unit('htb', 'cj'), unit('mns', 'cj')];
const user = (roles: Array<[Me['roles'][number]['role'], string]>): Me => ({
  id: 'u1',
  username: 'u1',
  displayName: 'u1',
  unit: { id: 'cj', name: 'cj', kind: 'justice_bureau', level: 'prefecture', parentId: 'xj' },
  roles: roles.map(([role, unitId]) => ({ role, unitId, unitName: unitId })),
});

describe('who is offered 接收/退回 on a receipt', () => {
  it('a coordinator of the issuing unit or of a unit above it', () => {
    expect(mayDecideReceipt(user([['coordinator', 'cj']]), 'cj', units)).toBe(true);
    expect(mayDecideReceipt(user([['coordinator', 'xj']]), 'htb', units)).toBe(true);
  });

  it('not a coordinator of a sibling or of a unit below, nor another role of the issuer', () => {
    expect(mayDecideReceipt(user([['coordinator', 'mns']]), 'htb', units)).toBe(false);
    expect(mayDecideReceipt(user([['coordinator', 'htb']]), 'cj', units)).toBe(false);
    expect(mayDecideReceipt(user([['unit_leader', 'cj']]), 'cj', units)).toBe(false);
    expect(mayDecideReceipt(null, 'cj', units)).toBe(false);
  });
});

describe('the 文号 checked beside its field', () => {
  it('accepts the printed form and refuses the usual slips', () => {
    expect(looksLikeDocumentNumber('呼交发〔2026〕3号')).toBe(true);
    expect(looksLikeDocumentNumber(' 昌州政办通〔2021〕159号 ')).toBe(true);
    expect(looksLikeDocumentNumber('呼交发[2026]3号')).toBe(false); // square brackets, not 〔〕
    expect(looksLikeDocumentNumber('呼交发（2026）3号')).toBe(false);
    expect(looksLikeDocumentNumber('呼交发〔2026〕03号')).toBe(false);
    expect(looksLikeDocumentNumber('呼交发〔2026〕3')).toBe(false);
  });
});
