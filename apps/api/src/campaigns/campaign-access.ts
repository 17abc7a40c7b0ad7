import { Injectable } from '@nestjs/common';
import {
  coordinatesAtOrAbove,
  coordinatesExactly,
  isInReach,
  reachOf,
  rolesAt,
  UnitRepository,
  type Principal,
  type Unit,
  type UnitRef,
} from '@app/directory';
import { CampaignErrors } from './campaign.errors';
import { CampaignRepository } from './campaign.repository';
import type { Campaign } from './campaign.types';

/**
 * Who may see what of a campaign: loads the campaign and its issuer and asks the access policy
 * (@app/directory) for every decision. The board and the record: the issuing coordinators and the
 * coordinators above them. The notice: also the target units' own members and the coordinators
 * of a subtree holding a target (the level that cascades it). Anything else answers 404.
 */
@Injectable()
export class CampaignAccess {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly units: UnitRepository,
  ) {}

  async forBoard(principal: Principal, id: string): Promise<{ campaign: Campaign; issuer: Unit }> {
    const found = await this.load(id);
    if (!found || !coordinatesAtOrAbove(principal, found.issuer)) throw CampaignErrors.notFound();
    return found;
  }

  /**
   * For changes: read (and, with `lock` inside a transaction, lock) and insist on the issuing unit's coordinator.
   * Whoever may read the campaign (e.g. a target unit's drafter) is told the role it lacks (403);
   * only a campaign outside the caller's reach is 404.
   */
  async forIssuer(
    principal: Principal,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<{ campaign: Campaign; issuer: Unit }> {
    const found = await this.load(id, options);
    if (!found || !(await this.seesNotice(principal, id, found.issuer))) throw CampaignErrors.notFound();
    if (!coordinatesExactly(principal, found.issuer.id))
      throw CampaignErrors.notCoordinator(found.issuer.name, rolesAt(principal, found.issuer));
    return found;
  }

  async forNotice(principal: Principal, id: string): Promise<{ campaign: Campaign; issuer: Unit }> {
    const found = await this.load(id);
    if (!found || !(await this.seesNotice(principal, id, found.issuer))) throw CampaignErrors.notFound();
    return found;
  }

  /**
   * The cascaded campaigns (children) a caller may know of: a target county's drafter reading the
   * prefecture's notice must not learn the ids and titles of what other counties issued below it.
   */
  async visibleChildren<C extends { id: string; issuingUnitId: string }>(
    principal: Principal,
    children: C[],
  ): Promise<C[]> {
    if (children.length === 0) return children;
    const issuers = new Map(
      (await this.units.findByIds([...new Set(children.map((c) => c.issuingUnitId))])).map((u) => [u.id, u]),
    );
    const seen = await Promise.all(
      children.map((c) => {
        const issuer = issuers.get(c.issuingUnitId);
        return issuer ? this.seesNotice(principal, c.id, issuer) : false;
      }),
    );
    return children.filter((_, i) => seen[i]);
  }

  /** Of these units, those in the caller's reach (own units, subtrees of coordinator/admin roles). */
  async unitsInReach(principal: Principal, unitIds: string[]): Promise<string[]> {
    if (unitIds.length === 0) return unitIds;
    const units = new Map((await this.units.findByIds(unitIds)).map((u) => [u.id, u]));
    return unitIds.filter((id) => {
      const unit = units.get(id);
      return unit !== undefined && isInReach(principal, unit);
    });
  }

  private async seesNotice(principal: Principal, campaignId: string, issuer: UnitRef): Promise<boolean> {
    if (coordinatesAtOrAbove(principal, issuer)) return true;
    const { ownUnitIds, subtreePaths } = reachOf(principal);
    return this.campaigns.hasTargetWithin(campaignId, ownUnitIds, subtreePaths);
  }

  private async load(id: string, options: { lock?: boolean } = {}) {
    const campaign = await this.campaigns.findById(id, options);
    if (!campaign) return null;
    const issuer = await this.units.findById(campaign.issuingUnitId);
    return issuer ? { campaign, issuer } : null;
  }
}
