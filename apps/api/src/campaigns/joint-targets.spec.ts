import type { Unit } from '@app/directory';
import { jointConflicts, planJointReports } from './joint-targets';

const unit = (id: string, kind: Unit['kind'], parentId: string, name: string): Unit => ({
  id,
  parentId,
  path: `/${id}/`,
  depth: 2,
  name,
  kind,
  level: 'county',
  divisionCode: null,
  demonstrationArea: false,
  housedInUnitId: null,
  createdAt: new Date(0),
});
const government = unit('g', 'government', 'pref', '呼图壁县人民政府');
const party = unit('p', 'party_committee', 'g', '中共呼图壁县委员会');
const siblingParty = unit('sp', 'party_committee', 'sg', '中共玛纳斯县委员会');

describe('planJointReports', () => {
  it('answers for the party committee with its government’s report', () => {
    const joint = planJointReports(
      [government, party],
      [{ governmentUnitId: 'g', partyCommitteeUnitId: 'p' }],
    );
    expect([...joint]).toEqual([['p', government]]);
  });

  it('refuses (400 JOINT_REPORT_INVALID) another place’s party committee', () => {
    expect(() =>
      planJointReports([government, siblingParty], [{ governmentUnitId: 'g', partyCommitteeUnitId: 'sp' }]),
    ).toThrow(expect.objectContaining({ code: 'JOINT_REPORT_INVALID' }));
  });

  it('refuses a pair whose party committee is not a target', () => {
    expect(() =>
      planJointReports([government], [{ governmentUnitId: 'g', partyCommitteeUnitId: 'p' }]),
    ).toThrow(/among the targets \(p is not one\)/);
  });
});

describe('jointConflicts: one report per unit and year holds for both units', () => {
  const pair = { government, partyCommittee: party };
  it('lets a pair already reporting jointly answer again', () => {
    const joint = { id: 'r1', unitId: 'g', coReportingUnitId: 'p' };
    expect(
      jointConflicts(
        [pair],
        new Map([
          ['g', joint],
          ['p', joint],
        ]),
      ),
    ).toEqual([]);
  });

  it('names a government that reports alone and a party committee with its own report', () => {
    const existing = new Map([
      ['g', { id: 'r1', unitId: 'g', coReportingUnitId: null }],
      ['p', { id: 'r2', unitId: 'p', coReportingUnitId: null }],
    ]);
    expect(jointConflicts([pair], existing)).toEqual([
      { unitName: '呼图壁县人民政府', reportId: 'r1' },
      { unitName: '中共呼图壁县委员会', reportId: 'r2' },
    ]);
  });
});
