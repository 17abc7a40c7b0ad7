import { Injectable } from '@nestjs/common';
import { coordinatedSubtrees, coordinatesAtOrAbove, reachOf, type Principal } from '@app/directory';
import { CampaignAccess } from './campaign-access';
import { CampaignEventRepository } from './campaign-event.repository';
import { CampaignRecipientRepository, type CampaignRecipientList } from './campaign-recipient.repository';
import { CampaignTargetRepository } from './campaign-target.repository';
import { CampaignTargets } from './campaign-targets';
import { CampaignRepository } from './campaign.repository';
import { view } from './campaign-view';
import type { ListCampaignsQuery } from './campaigns.dto';
import { IssuingUnits } from './issuing-units';

/** Reading campaigns: one notice as its reader may see it, the lists, the event log, the issuing form's tree. */
@Injectable()
export class CampaignQueries {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly targetRows: CampaignTargetRepository,
    private readonly recipientRows: CampaignRecipientRepository,
    private readonly eventLog: CampaignEventRepository,
    private readonly targets: CampaignTargets,
    private readonly access: CampaignAccess,
    private readonly issuingUnits: IssuingUnits,
  ) {}

  /** The notice and the campaign's settings; the board is separate (coordinators only). */
  async get(principal: Principal, campaignId: string) {
    const { campaign, issuer } = await this.access.forNotice(principal, campaignId);
    const [targetCount, children, recipients] = await Promise.all([
      this.targetRows.count(campaign.id),
      this.campaigns.childrenOf(campaign.id),
      this.recipientRows.listFor(campaign.id),
    ]);
    // The issuing side sees everything; a target sees only the children and units in its reach.
    if (coordinatesAtOrAbove(principal, issuer))
      return { ...view(campaign, issuer, recipients), targetCount, children };
    const shown = view(campaign, issuer, await this.recipientsInReach(principal, recipients));
    const unitIds = campaign.selection.unitIds;
    return {
      ...shown,
      selection: unitIds
        ? { ...campaign.selection, unitIds: await this.access.unitsInReach(principal, unitIds) }
        : campaign.selection,
      targetCount,
      children: await this.access.visibleChildren(principal, children),
    };
  }

  /**
   * A target's reader sees the lists of the targets in its reach, not every other target of the
   * notice with its 主送/抄送 (pen test, stop 44): the groups keep those targets, or go.
   */
  private async recipientsInReach(principal: Principal, recipients: CampaignRecipientList) {
    if (!recipients.perTarget) return recipients;
    const ids = recipients.perTarget.flatMap((g) => g.targets.map((t) => t.id));
    const inReach = new Set(await this.access.unitsInReach(principal, [...new Set(ids)]));
    const perTarget = recipients.perTarget.flatMap((group) => {
      const targets = group.targets.filter((t) => inReach.has(t.id));
      return targets.length > 0 ? [{ ...group, targets }] : [];
    });
    return { ...recipients, perTarget };
  }

  async list(principal: Principal, query: ListCampaignsQuery) {
    const coordinatorPaths = coordinatedSubtrees(principal);
    // A 依法治县办's coordinators receive what is sent to their county's government or 县委 too.
    const ownUnitIds = [
      ...new Set([...reachOf(principal).ownUnitIds, ...(await this.access.servedUnitIds(principal))]),
    ];
    const rows = await this.campaigns.listVisible({
      coordinatorPaths,
      ownUnitIds,
      reportYear: query.reportYear,
      limit: query.limit ?? 50,
    });
    return rows.map((c) => ({
      id: c.id,
      parentId: c.parentId,
      title: c.title,
      documentNumber: c.documentNumber,
      reportYear: c.reportYear,
      issuingUnit: { id: c.issuingUnitId, name: c.issuingUnitName },
      dueDate: c.dueDate,
      status: c.status,
      targetCount: c.targetCount,
      // issued: mine or below me to track; received: sent to my unit or a unit I coordinate.
      relation: coordinatorPaths.some((p) => c.issuingUnitPath.startsWith(p))
        ? ('issued' as const)
        : ('received' as const),
      createdAt: c.createdAt,
    }));
  }

  async events(principal: Principal, campaignId: string) {
    await this.access.forBoard(principal, campaignId);
    return this.eventLog.list(campaignId);
  }

  async eventsVerification(principal: Principal, campaignId: string) {
    await this.access.forBoard(principal, campaignId);
    return this.eventLog.verification(campaignId);
  }

  /** The units a coordinator's issuing unit may ask: the issuing form's target tree, whatever /units shows it. */
  async targetArea(principal: Principal, issuingUnitId: string | undefined) {
    const issuer = await this.issuingUnits.of(principal, issuingUnitId);
    return {
      issuingUnit: { id: issuer.id, name: issuer.name },
      units: await this.targets.area(issuer),
      drafterCounts: await this.targets.drafterCountsOf(issuer),
    };
  }
}
