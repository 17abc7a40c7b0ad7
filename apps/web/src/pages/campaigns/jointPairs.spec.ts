import type { Unit } from '../../api/openapi.gen';
import { jointCandidates, jointPairLabel, jointReportsOf } from './jointPairs';

const unit = (id: string, name: string, kind: Unit['kind'], parentId: string | null): Unit => ({
  id,
  name,
  kind,
  parentId,
  level: 'county',
  path: `/${id}`,
  depth: 2,
  divisionCode: null,
  housedInUnitId: null,
  demonstrationArea: false,
  createdAt: '2026-01-01T00:00:00.000Z',
});

const htbGov = unit('g1', '呼图壁县人民政府', 'government', 'cj');
const htbParty = unit('p1', '中共呼图壁县委员会', 'party_committee', 'g1');
const mnsGov = unit('g2', '玛纳斯县人民政府', 'government', 'cj');
const mnsParty = unit('p2', '中共玛纳斯县委员会', 'party_committee', 'g2');
const bureau = unit('d1', '呼图壁县交通运输局', 'department', 'g1');

describe('the joint reports the issuing form offers', () => {
  it('pairs each chosen 党委 with the chosen 政府 of its own place, and nothing else', () => {
    const pairs = jointCandidates([htbGov, mnsParty, htbParty, bureau, mnsGov]);
    expect(pairs.map(jointPairLabel)).toEqual([
      '中共玛纳斯县委员会、玛纳斯县人民政府联合报送一份报告',
      '中共呼图壁县委员会、呼图壁县人民政府联合报送一份报告',
    ]);
  });

  it('offers no pair when the place’s government is not chosen, or another place’s is', () => {
    expect(jointCandidates([htbParty, mnsGov, bureau])).toEqual([]);
  });

  it('sends only the ticked pairs that are still possible', () => {
    const pairs = jointCandidates([htbGov, htbParty, mnsGov]);
    // 玛纳斯's 党委 was ticked, then taken off the targets: its pair is gone, and so is the choice.
    expect(jointReportsOf(pairs, ['p1', 'p2'])).toEqual([
      { governmentUnitId: 'g1', partyCommitteeUnitId: 'p1' },
    ]);
    expect(jointReportsOf(pairs, [])).toEqual([]);
  });
});
