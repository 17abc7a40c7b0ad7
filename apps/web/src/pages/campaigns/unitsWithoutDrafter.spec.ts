import type { Unit } from '../../api/openapi.gen';
import { unitsWithoutDrafter } from './unitsWithoutDrafter';

const unit = (id: string, kind: Unit['kind']) => ({ id, name: id, kind }) as Unit;

describe('the units 下发 warns have nobody to draft', () => {
  const town = unit('镇政府', 'government');
  const townParty = unit('镇党委', 'party_committee');
  const bureau = unit('交通运输局', 'department');
  const counts = [
    { unitId: '镇政府', drafters: 2 },
    { unitId: '镇党委', drafters: 0 },
    { unitId: '交通运输局', drafters: 0 },
  ];

  it('names a unit with no active drafter', () => {
    expect(unitsWithoutDrafter([town, townParty, bureau], counts).map((u) => u.id)).toEqual([
      '镇党委',
      '交通运输局',
    ]);
  });

  it('leaves out a 党委 whose joint report its government’s people draft', () => {
    expect(unitsWithoutDrafter([town, townParty, bureau], counts, ['镇党委']).map((u) => u.id)).toEqual([
      '交通运输局',
    ]);
  });
});
