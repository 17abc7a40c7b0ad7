import { Injectable } from '@nestjs/common';
import {
  UnitRepository,
  canSee,
  coordinatedUnitIds,
  coordinatesExactly,
  rolesAt,
  type Principal,
  type Unit,
} from '@app/directory';
import { CampaignErrors } from './campaign.errors';

/**
 * The unit a coordinator issues in the name of: the one asked for, or their only coordinated unit.
 * Issuing, the issuing form's target tree and the recipients preview ask the same question.
 */
@Injectable()
export class IssuingUnits {
  constructor(private readonly units: UnitRepository) {}

  async of(principal: Principal, requested: string | undefined): Promise<Unit> {
    const coordinated = coordinatedUnitIds(principal);
    if (!requested && coordinated.length === 0) throw CampaignErrors.noCoordinatorRole();
    if (!requested && coordinated.length > 1) throw CampaignErrors.issuingUnitAmbiguous();
    const unitId = requested ?? coordinated[0];
    const unit = await this.units.findById(unitId);
    if (!unit || !canSee(principal, unit)) throw CampaignErrors.unitsNotFound([unitId]);
    if (!coordinatesExactly(principal, unit.id))
      throw CampaignErrors.notCoordinator(unit.name, rolesAt(principal, unit));
    return unit;
  }
}
