import { AppError } from '@app/common';
import type { Role } from '@app/workflow';
import {
  mayAct,
  administers,
  administersWholeTree,
  authorize,
  canSee,
  coordinatedSubtrees,
  coordinatedUnitIds,
  coordinatesAtOrAbove,
  coordinatesExactly,
  copyReaderRoles,
  isInReach,
  reachOf,
  readsAsDispatched,
  readsAsReportingUnit,
  readsCampaignNotice,
  requireAdministeredSubtrees,
  rolesAt,
  unitsListingCopies,
  unitsWhereRolesAct,
  workflowRolesFor,
} from './access-policy';
import type { Principal, UnitRef } from './principal';

// A tree like the demo's: region 新疆 > prefecture 昌吉州 > its justice bureau, and county 呼图壁县 >
// its transport bureau; a second prefecture 伊犁州 beside 昌吉州.
const XJ: UnitRef = { id: 'xj', path: '/xj/', name: '新疆' };
const CJ: UnitRef = { id: 'cj', path: '/xj/cj/', name: '昌吉州' };
const CJ_SFJ: UnitRef = { id: 'cjsfj', path: '/xj/cj/cjsfj/', name: '昌吉州司法局' };
const HTB: UnitRef = { id: 'htb', path: '/xj/cj/htb/', name: '呼图壁县' };
const HTB_JT: UnitRef = { id: 'htbjt', path: '/xj/cj/htb/htbjt/', name: '呼图壁县交通运输局' };
const YL: UnitRef = { id: 'yl', path: '/xj/yl/', name: '伊犁州' };

function principal(unit: UnitRef, roles: Array<[Role, UnitRef]>): Principal {
  return {
    userId: `u-${unit.id}`,
    username: `user-${unit.id}`,
    displayName: unit.name ?? unit.id,
    unitId: unit.id,
    unitPath: unit.path,
    roles: roles.map(([role, at]) => ({ role, unitId: at.id, unitPath: at.path })),
    sessionId: 's',
  };
}

const drafter = principal(HTB_JT, [['drafter', HTB_JT]]);
const prefectureCoordinator = principal(CJ_SFJ, [['coordinator', CJ]]);
const prefectureAdmin = principal(CJ_SFJ, [['admin', CJ]]);
const regionAdmin = principal(XJ, [['admin', XJ]]);
const nobody = principal(HTB_JT, []);

function refusal(run: () => unknown): { status: number; code: string; message: string } | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: error.statusCode, code: error.code, message: error.message };
  }
}

describe('access policy: reach', () => {
  it('a drafter reaches their own unit only', () => {
    expect(canSee(drafter, HTB_JT)).toBe(true);
    expect(canSee(drafter, HTB)).toBe(false);
    expect(rolesAt(drafter, HTB_JT)).toEqual(['drafter']);
  });

  it('a coordinator reaches the subtree of the unit they coordinate, not a sibling prefecture', () => {
    expect(rolesAt(prefectureCoordinator, HTB_JT)).toEqual(['coordinator']);
    expect(canSee(prefectureCoordinator, YL)).toBe(false);
    expect(canSee(prefectureCoordinator, XJ)).toBe(false);
  });

  it('reachOf lists own units and subtrees; isInReach agrees with it', () => {
    expect(reachOf(prefectureCoordinator)).toEqual({
      ownUnitIds: ['cjsfj', 'cj'],
      subtreePaths: ['/xj/cj/'],
    });
    expect(isInReach(prefectureCoordinator, CJ_SFJ)).toBe(true);
    expect(isInReach(prefectureCoordinator, HTB_JT)).toBe(true);
    expect(isInReach(prefectureCoordinator, YL)).toBe(false);
    expect(isInReach(drafter, HTB)).toBe(false);
  });
});

describe('access policy: permissions on a unit', () => {
  it('answers 404 outside reach, so the unit is not revealed', () => {
    expect(refusal(() => authorize(drafter, 'unit.read', YL))).toMatchObject({ status: 404 });
  });

  it('answers 403 naming the missing role when the unit is visible', () => {
    const refused = refusal(() => authorize(drafter, 'user.manage', HTB_JT));
    expect(refused).toMatchObject({ status: 403, code: 'ROLE_REQUIRED' });
    expect(refused?.message).toContain('user.manage needs the role admin in 呼图壁县交通运输局');
  });

  it('returns the roles that apply when allowed', () => {
    expect(authorize(prefectureAdmin, 'user.manage', HTB_JT)).toEqual(['admin']);
    expect(authorize(drafter, 'report.edit', HTB_JT)).toEqual(['drafter']);
  });

  it('mayAct answers what authorize allows, without throwing', () => {
    expect(mayAct(drafter, 'report.edit', HTB_JT)).toBe(true);
    expect(mayAct(drafter, 'user.manage', HTB_JT)).toBe(false);
    expect(mayAct(prefectureAdmin, 'report.edit', HTB_JT)).toBe(false);
    expect(mayAct(drafter, 'report.edit', YL)).toBe(false);
  });
});

describe('access policy: administration', () => {
  it('the subtrees an admin administers, and whether a unit lies in one', () => {
    expect(requireAdministeredSubtrees(prefectureAdmin, 'dead-letter.read')).toEqual(['/xj/cj/']);
    expect(administers(prefectureAdmin, HTB_JT.path)).toBe(true);
    expect(administers(prefectureAdmin, YL.path)).toBe(false);
  });

  it('someone administering nothing is refused with 403 naming the admin role', () => {
    const refused = refusal(() => requireAdministeredSubtrees(prefectureCoordinator, 'user.read'));
    expect(refused).toMatchObject({ status: 403, code: 'ROLE_REQUIRED' });
    expect(refused?.message).toContain('user.read needs the role admin; you hold coordinator');
  });

  it('only an admin of a root unit administers the whole tree (the queue board)', () => {
    expect(administersWholeTree(regionAdmin)).toBe(true);
    expect(administersWholeTree(prefectureAdmin)).toBe(false);
    expect(administersWholeTree(principal(XJ, [['coordinator', XJ]]))).toBe(false);
  });
});

describe('access policy: campaigns', () => {
  it('a coordinator coordinates exactly their unit and reads campaigns issued at or below it', () => {
    expect(coordinatesExactly(prefectureCoordinator, 'cj')).toBe(true);
    expect(coordinatesExactly(prefectureCoordinator, 'htb')).toBe(false);
    expect(coordinatesAtOrAbove(prefectureCoordinator, HTB)).toBe(true);
    expect(coordinatesAtOrAbove(prefectureCoordinator, XJ)).toBe(false);
    expect(coordinatesAtOrAbove(prefectureAdmin, HTB)).toBe(false);
  });

  it('lists the coordinated units once each, and their subtrees', () => {
    const twice = principal(CJ_SFJ, [
      ['coordinator', CJ],
      ['coordinator', CJ],
      ['admin', XJ],
    ]);
    expect(coordinatedUnitIds(twice)).toEqual(['cj']);
    expect(coordinatedSubtrees(twice)).toEqual(['/xj/cj/', '/xj/cj/']);
  });
});

describe('access policy: workflow roles on a report', () => {
  const countyReport = { unitId: HTB_JT.id, receivingUnitId: CJ.id };

  it('only the coordinator of the receiving unit acts as coordinator; one above reads but does not act', () => {
    expect(workflowRolesFor(prefectureCoordinator, countyReport, HTB_JT)).toEqual(['coordinator']);
    const regionCoordinator = principal(XJ, [['coordinator', XJ]]);
    expect(canSee(regionCoordinator, HTB_JT)).toBe(true);
    expect(workflowRolesFor(regionCoordinator, countyReport, HTB_JT)).toEqual([]);
  });

  it('admins never act in the workflow; unit roles act on their own unit', () => {
    expect(workflowRolesFor(prefectureAdmin, countyReport, HTB_JT)).toEqual([]);
    expect(workflowRolesFor(drafter, countyReport, HTB_JT)).toEqual(['drafter']);
    expect(workflowRolesFor(nobody, { receivingUnitId: null }, HTB_JT)).toEqual([]);
  });

  it('the worker tells coordinators at the receiving unit and other roles at the report unit', () => {
    expect(unitsWhereRolesAct(countyReport, 'coordinator')).toEqual(['cj']);
    expect(unitsWhereRolesAct(countyReport, 'dept_reviewer')).toEqual(['htbjt']);
    expect(unitsWhereRolesAct({ unitId: 'xj', receivingUnitId: null }, 'coordinator')).toEqual([]);
  });

  it('once dispatched to campaigns, only the coordinators of issuers whose receipt is open act', () => {
    const dispatched = { ...countyReport, openReceiptIssuerIds: ['htb-office', 'cj-transport'] };
    const officeCoordinator = principal(HTB, [['coordinator', HTB]]);
    expect(unitsWhereRolesAct(dispatched, 'coordinator')).toEqual(['htb-office', 'cj-transport']);
    // The receiving unit no longer decides once the report answers campaigns.
    expect(workflowRolesFor(prefectureCoordinator, dispatched, HTB_JT)).toEqual([]);
    expect(
      workflowRolesFor(officeCoordinator, { ...dispatched, openReceiptIssuerIds: [HTB.id] }, HTB_JT),
    ).toEqual(['coordinator']);
    // Every receipt decided: nobody acts as coordinator until the report is dispatched again.
    expect(
      workflowRolesFor(prefectureCoordinator, { ...countyReport, openReceiptIssuerIds: [] }, HTB_JT),
    ).toEqual([]);
  });

  it('copies are read by the office leader in the office, or coordinators at or above it', () => {
    expect(copyReaderRoles()).toEqual({ inOwnUnit: ['unit_leader'], inOrAboveOwnUnit: ['coordinator'] });
  });
});

describe('readsAsReportingUnit: a joint 党委+政府 report is read by both reporting units', () => {
  const HTB_XW: UnitRef = { id: 'htbxw', path: '/xj/cj/htb/htbxw/', name: '呼图壁县委' };
  const MNS: UnitRef = { id: 'mns', path: '/xj/cj/mns/', name: '玛纳斯县' };
  const MNS_XW: UnitRef = { id: 'mnsxw', path: '/xj/cj/mns/mnsxw/', name: '玛纳斯县委' };
  const joint = { unit: HTB, coReportingUnit: HTB_XW };

  it('lets the 县委’s people read the 县政府’s joint report, whatever their role', () => {
    expect(readsAsReportingUnit(principal(HTB_XW, [['unit_leader', HTB_XW]]), joint)).toBe(true);
    expect(readsAsReportingUnit(principal(HTB_XW, []), joint)).toBe(true);
  });

  it('never lets a sibling county’s 县委 or government read it', () => {
    expect(readsAsReportingUnit(principal(MNS_XW, [['unit_leader', MNS_XW]]), joint)).toBe(false);
    expect(readsAsReportingUnit(principal(MNS, [['coordinator', MNS]]), joint)).toBe(false);
  });

  it('gives the 县委 nothing on a report of its government that is not joint', () => {
    expect(
      readsAsReportingUnit(principal(HTB_XW, [['unit_leader', HTB_XW]]), {
        unit: HTB,
        coReportingUnit: null,
      }),
    ).toBe(false);
  });
});

describe('readsAsDispatched: who sees a report as it was sent rather than as it is', () => {
  const HTB_SFJ: UnitRef = { id: 'htbsfj', path: '/xj/cj/htb/htbsfj/', name: '呼图壁县司法局' };
  const copyReader = principal(HTB_SFJ, [['unit_leader', HTB_SFJ]]);

  it('a reader through the copy only (抄送, 主送) sees it as dispatched', () => {
    expect(readsAsDispatched(copyReader, { copyOnly: true, receiptIssuers: [] })).toBe(true);
    // The issuer of another campaign's receipt is not this reader's unit.
    expect(readsAsDispatched(copyReader, { copyOnly: true, receiptIssuers: [CJ_SFJ] })).toBe(true);
  });

  it('the office that issued a receipt of it, and those above it, read it live: they decide on it', () => {
    const issuer = principal(CJ_SFJ, [['coordinator', CJ_SFJ]]);
    expect(readsAsDispatched(issuer, { copyOnly: true, receiptIssuers: [CJ_SFJ] })).toBe(false);
    expect(
      readsAsDispatched(principal(XJ, [['coordinator', XJ]]), { copyOnly: true, receiptIssuers: [CJ_SFJ] }),
    ).toBe(false);
    // An admin of the issuer reads the copy (if at all) as dispatched: it answers for no receipt.
    expect(
      readsAsDispatched(principal(CJ_SFJ, [['admin', CJ_SFJ]]), { copyOnly: true, receiptIssuers: [CJ_SFJ] }),
    ).toBe(true);
  });

  it('the report’s own unit and those above it read it live', () => {
    expect(readsAsDispatched(drafter, { copyOnly: false, receiptIssuers: [] })).toBe(false);
    expect(readsAsDispatched(prefectureCoordinator, { copyOnly: false, receiptIssuers: [] })).toBe(false);
  });
});

describe('unitsListingCopies: whose received reports (收到的报告) a person lists', () => {
  const HTB_SFJ: UnitRef = { id: 'htbsfj', path: '/xj/cj/htb/htbsfj/', name: '呼图壁县司法局' };
  const HTB_FZB: UnitRef = { id: 'htbfzb', path: '/xj/cj/htb/htbxw/htbfzb/', name: '依法治县办' };

  it('the head of a receiving unit lists its own; a drafter nothing', () => {
    expect(unitsListingCopies(principal(HTB_SFJ, [['unit_leader', HTB_SFJ]]))).toEqual([
      { id: HTB_SFJ.id, path: HTB_SFJ.path },
    ]);
    expect(unitsListingCopies(drafter)).toEqual([]);
  });

  it('司法局 staff coordinating in the 依法治县办 housed there list the office’s, not their bureau’s', () => {
    const clerk = principal(HTB_SFJ, [['coordinator', HTB_FZB]]);
    expect(unitsListingCopies(clerk)).toEqual([{ id: HTB_FZB.id, path: HTB_FZB.path }]);
  });

  it('a coordinator lists its own unit and the unit it coordinates, each once', () => {
    expect(unitsListingCopies(prefectureCoordinator)).toEqual([
      { id: CJ_SFJ.id, path: CJ_SFJ.path },
      { id: CJ.id, path: CJ.path },
    ]);
    expect(unitsListingCopies(principal(CJ_SFJ, [['coordinator', CJ_SFJ]]))).toEqual([
      { id: CJ_SFJ.id, path: CJ_SFJ.path },
    ]);
  });
});

describe('workflowRolesFor: a joint report’s 党委 signs only through its principal leader', () => {
  const HTB_XW: UnitRef = { id: 'htbxw', path: '/xj/cj/htb/htbxw/', name: '呼图壁县委' };
  const MNS_XW: UnitRef = { id: 'mnsxw', path: '/xj/cj/mns/mnsxw/', name: '玛纳斯县委' };
  const joint = { receivingUnitId: CJ.id, coReportingUnitId: HTB_XW.id };
  const rolesOn = (who: Principal, report: { receivingUnitId: string; coReportingUnitId: string | null }) =>
    workflowRolesFor(who, report, HTB);

  it.each<[string, Principal, string[]]>([
    [
      'the 县委’s principal leader (书记)',
      principal(HTB_XW, [['unit_leader', HTB_XW]]),
      ['co_reporting_leader'],
    ],
    ['the 县委’s drafter', principal(HTB_XW, [['drafter', HTB_XW]]), []],
    ['the 县委’s 党组 approver', principal(HTB_XW, [['party_approver', HTB_XW]]), []],
    ['the government’s principal leader', principal(HTB, [['unit_leader', HTB]]), ['unit_leader']],
    ['a sibling county’s 县委 leader', principal(MNS_XW, [['unit_leader', MNS_XW]]), []],
    ['an admin above the 县委', principal(CJ, [['admin', CJ]]), []],
  ])('%s acts as %j', (_who, who, expected) => {
    expect(rolesOn(who, joint)).toEqual(expected);
  });

  it('the 县委’s leader has no role on a report of its government that is not joint', () => {
    expect(
      rolesOn(principal(HTB_XW, [['unit_leader', HTB_XW]]), { ...joint, coReportingUnitId: null }),
    ).toEqual([]);
  });

  it('tells the 县委, not the government, when the report waits on its leader', () => {
    expect(unitsWhereRolesAct({ unitId: HTB.id, ...joint }, 'co_reporting_leader')).toEqual([HTB_XW.id]);
    expect(unitsWhereRolesAct({ unitId: HTB.id, ...joint }, 'unit_leader')).toEqual([HTB.id]);
  });
});

describe('who reads a campaign’s 通报', () => {
  const CJ_OFFICE: UnitRef = { id: 'cjoffice', path: '/xj/cj/cjxw/cjoffice/', name: '昌吉州依法治州办' };
  const prefectureOffice = principal(CJ_SFJ, [['coordinator', CJ_OFFICE]]);
  const countyNotice = { issuer: HTB, addressedUnitIds: [] };

  it('lets the office whose campaign the county forwarded read the county’s issued 通报, not its draft', () => {
    // The 依法治州办 is not above the county in the tree: it reads the cascade as the body that asked.
    expect(readsCampaignNotice(prefectureOffice, { ...countyNotice, issued: true })).toBe(false);
    expect(
      readsCampaignNotice(prefectureOffice, { ...countyNotice, issued: true, askedFromAbove: true }),
    ).toBe(true);
    expect(
      readsCampaignNotice(prefectureOffice, { ...countyNotice, issued: false, askedFromAbove: true }),
    ).toBe(false);
    expect(readsCampaignNotice(prefectureCoordinator, { ...countyNotice, issued: true })).toBe(true);
  });
});
