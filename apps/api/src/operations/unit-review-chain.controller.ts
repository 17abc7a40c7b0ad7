import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength, ValidateIf } from 'class-validator';
import { AppError, Clock } from '@app/common';
import {
  AccessErrors,
  AdminEventRepository,
  authorize,
  UnitRepository,
  type Principal,
} from '@app/directory';
import { Transactions } from '@app/persistence';
import {
  CHAIN_RULE_LABELS,
  chainRuleProblems,
  defaultRegistry,
  isJointVariant,
  missingUnder,
  REGULATION_FLOOR,
  type WorkflowDefinition,
} from '@app/workflow';
import { chainRulesOfCampaign } from '../campaigns/campaign-chain-rules';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Returns } from '../http/api-response';
import { ReviewChainSettingSchema } from './operations.responses';
import { UnitCampaignRulesRepository } from './unit-campaign-rules.repository';

/** The review paths a unit may choose: every registered path that keeps the regulation's floor. */
function choosable(): WorkflowDefinition[] {
  // A joint variant is chosen by the report (its co-reporting 党委), never by a unit.
  const ids = [
    ...new Set(
      defaultRegistry
        .list()
        .filter((definition) => !isJointVariant(definition))
        .map((definition) => definition.id),
    ),
  ];
  return ids
    .map((id) => defaultRegistry.latest(id))
    .filter((definition) => chainRuleProblems(definition, REGULATION_FLOOR).length === 0);
}

class ReviewChainDto {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'with-division-leader',
    description:
      "The review path (workflow definition id) for the unit's new reports: default, with-division-leader " +
      '(分管领导审核), without-legal-review, with-division-leader-without-legal-review. Used where it keeps every ' +
      "safeguard of the campaign's own path (deliberation, legal review, sign-off), else the campaign's path " +
      'applies. null: always the campaign’s. Required, so an empty body changes nothing.',
  })
  @ValidateIf((body: ReviewChainDto) => body.reviewChain !== null)
  @IsString()
  @MaxLength(64)
  reviewChain: string | null;
}

/** The internal chain is the unit's choice (issue #17 item 5), within the campaign's safeguards. */
@ApiTags('units')
@ApiBearerAuth()
@Controller('units/:id/review-chain')
export class UnitReviewChainController {
  constructor(
    private readonly transactions: Transactions,
    private readonly units: UnitRepository,
    private readonly events: AdminEventRepository,
    private readonly clock: Clock,
    private readonly asking: UnitCampaignRulesRepository,
  ) {}

  @Get()
  @Returns(200, ReviewChainSettingSchema)
  @ApiOperation({
    summary: 'The review path of a unit I administer, and the campaigns whose rules it falls short of',
  })
  async get(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string) {
    const unit = await this.units.findById(id);
    if (!unit) throw AccessErrors.notFound('Unit');
    authorize(principal, 'unit.configure', unit);
    const chosen = unit.reviewChain ? knownChain(unit.reviewChain) : null;
    return this.setting(id, chosen);
  }

  @Put()
  @Returns(200, ReviewChainSettingSchema)
  @ApiOperation({ summary: 'Choose the review path of a unit I administer' })
  async set(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ReviewChainDto,
  ) {
    const unit = await this.units.findById(id);
    if (!unit) throw AccessErrors.notFound('Unit');
    authorize(principal, 'unit.configure', unit);
    const chosen = body.reviewChain === null ? null : validChain(body.reviewChain);
    await this.transactions.run(async () => {
      await this.units.setReviewChain(id, chosen?.id ?? null);
      await this.events.record({
        actorUserId: principal.userId,
        action: 'unit.review-chain-set',
        targetType: 'unit',
        targetId: id,
        unitId: id,
        details: { reviewChain: chosen?.id ?? null },
        now: this.clock.now(),
      });
    });
    return this.setting(id, chosen);
  }

  /**
   * The choice and where it falls short: each active campaign asking the unit whose rules the chosen
   * chain does not keep (that campaign's reports follow the campaign's own path), naming what is missing.
   * With it the paths the unit may choose, each with its stages and how many of those campaigns it
   * would fall short of, so the unit's admin can pick one that keeps every rule asked of the unit.
   */
  private async setting(unitId: string, chosen: WorkflowDefinition | null) {
    const campaigns = await this.asking.activeCampaignsAsking(unitId);
    const missingOf = (definition: WorkflowDefinition) =>
      campaigns.map((campaign) => ({
        campaign,
        missing: missingUnder(definition, chainRulesOfCampaign(campaign)),
      }));
    const shortfalls = chosen
      ? missingOf(chosen)
          .filter(({ missing }) => missing.length > 0)
          .map(({ campaign, missing }) => ({
            campaignId: campaign.campaignId,
            title: campaign.title,
            reportYear: campaign.reportYear,
            issuingUnitName: campaign.issuingUnitName,
            missing: missing.map((rule) => ({ rule, label: CHAIN_RULE_LABELS[rule] })),
          }))
      : [];
    const choices = choosable().map((definition) => ({
      id: definition.id,
      states: stagesOf(definition),
      campaignsShortOf: missingOf(definition).filter(({ missing }) => missing.length > 0).length,
    }));
    return {
      unitId,
      reviewChain: chosen?.id ?? null,
      states: chosen ? stagesOf(chosen) : null,
      shortfalls,
      choices,
    };
  }
}

function stagesOf(definition: WorkflowDefinition) {
  return definition.states.map((state) => ({ id: state.id, label: state.label }));
}

/** The latest version of a stored choice; null when the path is no longer registered. */
function knownChain(id: string): WorkflowDefinition | null {
  return defaultRegistry.list().some((definition) => definition.id === id)
    ? defaultRegistry.latest(id)
    : null;
}

/** A known path that keeps the regulation's floor; otherwise a 400 naming the choices or the gap. */
function validChain(id: string): WorkflowDefinition {
  const known = defaultRegistry
    .list()
    .some((definition) => definition.id === id && !isJointVariant(definition));
  const choices = choosable().map((definition) => definition.id);
  if (!known) {
    throw new AppError(
      400,
      'VALIDATION_FAILED',
      `reviewChain ${id} is not a review path; choose one of ${choices.join(', ')}`,
    );
  }
  const definition = defaultRegistry.latest(id);
  const problems = chainRuleProblems(definition, REGULATION_FLOOR, 'the regulation');
  if (problems.length > 0) {
    throw new AppError(
      400,
      'VALIDATION_FAILED',
      `${problems.join('; ')}; choose one of ${choices.join(', ')}`,
    );
  }
  return definition;
}
