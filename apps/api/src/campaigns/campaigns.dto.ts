import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { isLocalDate } from '@app/calendar';
import {
  EXTERNAL_BODIES,
  UNIT_KINDS,
  UNIT_LEVELS,
  type ExternalBody,
  type UnitKind,
  type UnitLevel,
} from '@app/directory';
import { REPORT_LINES, type ReportLine } from '@app/reports';
import { OptionalNotNull } from '../http/optional-not-null';
import { NoDirectionControls, VisibleText } from '../http/visible-text';
import { ChainRulesDto } from './chain-rules.dto';
import { NotBlank } from '../http/not-blank';
import { DistinctItems } from '../http/distinct-items';

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export function IsLocalDateString(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isLocalDateString',
      validator: {
        validate: (value: unknown) => isLocalDate(value),
        defaultMessage: (args) => `${args?.property} must be a real date written YYYY-MM-DD`,
      },
    },
    options,
  );
}

export class TargetSelectorDto {
  @ApiPropertyOptional({ enum: UNIT_KINDS, isArray: true, example: ['department'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsIn(UNIT_KINDS, { each: true })
  kinds?: UnitKind[];

  @ApiPropertyOptional({ enum: UNIT_LEVELS, isArray: true, example: ['county'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsIn(UNIT_LEVELS, { each: true })
  levels?: UnitLevel[];

  @ApiPropertyOptional({ example: '交通运输局', description: 'Part of the unit name' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  nameContains?: string;
}

/** A government target and its party committee (党委) reporting together: one joint report (联合报告). */
export class JointReportDto {
  @ApiProperty({ description: 'The government (政府) target; the joint report is its unit’s' })
  @IsUUID()
  governmentUnitId: string;

  @ApiProperty({ description: 'The party committee (党委) of the same place, also a target' })
  @IsUUID()
  partyCommitteeUnitId: string;
}

/** Targets by kind ("every county transport bureau"), by explicit list, or both (the union). */
export class TargetsDto {
  @ApiPropertyOptional({ type: TargetSelectorDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TargetSelectorDto)
  select?: TargetSelectorDto;

  @ApiPropertyOptional({ type: [String], description: 'Units strictly below the issuing unit' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsUUID('all', { each: true })
  unitIds?: string[];

  @ApiPropertyOptional({
    type: [JointReportDto],
    description:
      'Pairs among the targets that write one joint 党委+政府 report (联合报告): the government’s people draft and sign it off, the 党委 reads it; 400 JOINT_REPORT_INVALID unless they are the 党委 and 政府 of the same place',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1_000)
  @ValidateNested({ each: true })
  @Type(() => JointReportDto)
  jointReports?: JointReportDto[];
}

export class WorkflowRefDto {
  @ApiProperty({ example: 'default' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  id: string;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  version: number;
}

/** Overrides of DEFAULT_REMINDER_POLICY (libs/reports/src/reminder-policy.ts); what is left out keeps the default. */
export class ReminderPolicyDto {
  @ApiPropertyOptional({
    type: [Number],
    example: [3, 1],
    description: 'Working days before a stage deadline',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(10)
  @DistinctItems()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(60, { each: true })
  stageBefore?: number[];

  @ApiPropertyOptional({
    type: [Number],
    example: [5, 3, 1],
    description: 'Working days before the due date',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(10)
  @DistinctItems()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(60, { each: true })
  dueBefore?: number[];

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  onTheDay?: boolean;

  @ApiPropertyOptional({ example: 5 })
  @OptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(60)
  overdueDailyMax?: number;

  @ApiPropertyOptional({ example: 1, description: 'Escalate to the unit leader (0 = never)' })
  @OptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(60)
  escalateToLeaderAfter?: number;

  @ApiPropertyOptional({ example: 3, description: 'Escalate to the coordinator above (督办; 0 = never)' })
  @OptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(60)
  escalateToCoordinatorAfter?: number;
}

const EXTERNAL_BODY_KEYS = Object.keys(EXTERNAL_BODIES) as ExternalBody[];
const EXTERNAL_BODY_LIST = EXTERNAL_BODY_KEYS.map((key) => `${key} (${EXTERNAL_BODIES[key]})`).join(', ');

/** Bodies outside the tree a campaign names, by their key in EXTERNAL_BODIES (libs/directory/src/routing.ts). */
export class ExternalRecipientsDto {
  @ApiPropertyOptional({
    enum: EXTERNAL_BODY_KEYS,
    isArray: true,
    example: ['party_central_committee', 'state_council'],
    description:
      '主送 outside the tree, printed after the units (e.g. 党中央、国务院 for a provincial report)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EXTERNAL_BODY_KEYS.length)
  @IsIn(EXTERNAL_BODY_KEYS, {
    each: true,
    message: `external.main names bodies outside the tree; each must be one of: ${EXTERNAL_BODY_LIST}`,
  })
  main?: ExternalBody[];

  @ApiPropertyOptional({
    enum: EXTERNAL_BODY_KEYS,
    isArray: true,
    example: ['central_rule_of_law_office'],
    description: '抄送 outside the tree (e.g. 中央依法治国办)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EXTERNAL_BODY_KEYS.length)
  @IsIn(EXTERNAL_BODY_KEYS, {
    each: true,
    message: `external.copy names bodies outside the tree; each must be one of: ${EXTERNAL_BODY_LIST}`,
  })
  copy?: ExternalBody[];
}

/** 主送 and 抄送 of a campaign: unit ids (see issuer-area.ts for whom an issuer may name). */
export class RecipientsDto {
  @ApiPropertyOptional({
    type: [String],
    description:
      '主送: who receives the reports; defaults to the routing table (e.g. 县委 and 县政府 for the 依法治县办 asking its bureaus), else the issuing unit; see POST /campaigns/default-recipients',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  main?: string[];

  @ApiPropertyOptional({
    type: [String],
    description:
      '抄送: who reads the dispatched versions, never acts; defaults to the routing table ([] to name none)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  copy?: string[];

  @ApiPropertyOptional({
    type: ExternalRecipientsDto,
    description:
      'Bodies outside the tree (党中央, 国务院, 中央依法治国办, 国务院有关部门): nobody in the system acts for them, so the issuing unit keeps the receipt. Naming external 主送 makes the lists explicit, like naming 主送 units; defaults to the routing table',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ExternalRecipientsDto)
  external?: ExternalRecipientsDto;
}

export class IssueCampaignDto {
  @ApiPropertyOptional({
    description: 'The unit issuing (you must hold coordinator there); defaults to your only coordinator unit',
  })
  @IsOptional()
  @IsUUID()
  issuingUnitId?: string;

  @ApiPropertyOptional({ description: 'The campaign received from above, to cascade (逐级下发)' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ example: 2025, description: 'The year reported on; a cascade takes the parent’s' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2200)
  reportYear?: number;

  @ApiProperty({ example: '关于报送2025年度法治政府建设情况报告的通知' })
  @IsString()
  @IsNotEmpty()
  @NotBlank('title')
  @MaxLength(200)
  @VisibleText('title')
  title: string;

  @ApiPropertyOptional({
    example: '昌州政办通〔2021〕159号',
    description:
      '文号; a year typed in [], ［］, (), （）, 【】 or 〖〗 is stored in 六角括号 〔2021〕, nothing else is changed',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @VisibleText('documentNumber')
  documentNumber?: string;

  @ApiPropertyOptional({
    example: '2026-01-05',
    description:
      'Date on the notice (成文日期); defaults to today. Not later than today (China) nor before 1 January of reportYear (for a report year not begun yet: before today): 400 VALIDATION_FAILED naming issuedOn',
  })
  @IsOptional()
  @IsLocalDateString()
  issuedOn?: string;

  @ApiProperty({ description: 'The notice text (not blank: it is what the units are asked)' })
  @IsString()
  @NotBlank('body')
  @MaxLength(100_000)
  @NoDirectionControls('body')
  body: string;

  @ApiPropertyOptional({ type: WorkflowRefDto, description: 'Defaults to the latest default path' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => WorkflowRefDto)
  workflow?: WorkflowRefDto;

  @ApiPropertyOptional({
    enum: [...REPORT_LINES],
    description:
      "The line asked for (default annual): annual (法治政府建设年度报告, every unit) or demonstration_area (a national demonstration area's additional report, through the 依法治省办 to 中央依法治国办, due end of January; governments flagged demonstrationArea only, 400 NOT_A_DEMONSTRATION_AREA otherwise). Each line has its own report per unit and year. A cascade takes its parent's line",
  })
  @OptionalNotNull()
  @IsIn(REPORT_LINES, {
    message: `reportLine must be one of ${REPORT_LINES.join(', ')} (leave it out for annual)`,
  })
  reportLine?: ReportLine;

  @ApiPropertyOptional({
    example: '2026-02-27',
    description:
      'One due date for every target; defaults to the regulation date per unit (1 March of the next year; provincial party committees and governments 1 April; the demonstration line 31 January). A later date is refused',
  })
  @IsOptional()
  @IsLocalDateString()
  dueDate?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 1 },
    example: { dept_review: 3, legal_review: 3, party_approval: 5 },
    description: 'Working days per review state of the workflow, each an integer >= 1',
  })
  @OptionalNotNull()
  @IsObject()
  stageLimits?: Record<string, unknown>;

  @ApiPropertyOptional({ type: ReminderPolicyDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ReminderPolicyDto)
  reminderPolicy?: ReminderPolicyDto;

  @ApiPropertyOptional({ example: '2026-04-01', description: 'Public disclosure by; defaults to 1 April' })
  @IsOptional()
  @IsLocalDateString()
  disclosureDate?: string;

  @ApiPropertyOptional({
    example: [3, 1, 2, 4, 5],
    type: [Number],
    description:
      'The order the reports print the five items in (一、二、三…): each of 1-5 once (400 ITEM_ORDER_INVALID); default the statutory 1-5, or the order of the campaign cascaded from',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  itemOrder?: number[];

  @ApiPropertyOptional({
    example: true,
    description:
      '报送时须上传盖章扫描件: dispatch is refused (422 STAMPED_SCAN_REQUIRED) until the unit uploads the stamped scan of the version it sends. Fixed once issued; default off, or as the campaign cascaded from',
  })
  @IsOptional()
  @IsBoolean()
  requiresStampedScan?: boolean;

  @ApiPropertyOptional({
    type: ChainRulesDto,
    description:
      'What the targets’ own review chains must keep (内部审核流程要求); default: the campaign cascaded from, else the safeguards of the workflow',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ChainRulesDto)
  chainRules?: ChainRulesDto;

  @ApiProperty({ type: TargetsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => TargetsDto)
  targets: TargetsDto;

  @ApiPropertyOptional({ type: RecipientsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RecipientsDto)
  recipients?: RecipientsDto;
}

/** The issuer and targets of a campaign about to be issued, to preview its default recipients. */
export class TargetAreaQuery {
  @ApiPropertyOptional({ description: 'As in issuing: defaults to your only coordinator unit' })
  @IsOptional()
  @IsUUID()
  issuingUnitId?: string;
}

export class RecipientPreviewDto {
  @ApiPropertyOptional({ description: 'As in issuing: defaults to your only coordinator unit' })
  @IsOptional()
  @IsUUID()
  issuingUnitId?: string;

  @ApiProperty({ type: TargetsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => TargetsDto)
  targets: TargetsDto;

  @ApiPropertyOptional({
    enum: [...REPORT_LINES],
    description: 'As in issuing: the line whose recipients are wanted (default annual)',
  })
  @OptionalNotNull()
  @IsIn(REPORT_LINES, {
    message: `reportLine must be one of ${REPORT_LINES.join(', ')} (leave it out for annual)`,
  })
  reportLine?: ReportLine;

  @ApiPropertyOptional({
    example: 2025,
    description:
      'The year the campaign would ask for: the answer then names (alreadyAsked) the targets an active campaign of the issuer already asks for that year and line, which issuing would refuse (CAMPAIGN_DUPLICATE)',
  })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2200)
  reportYear?: number;
}

export class AddTargetsDto extends TargetsDto {
  @ApiPropertyOptional({
    example: '2026-03-10',
    description: 'Due date of the added units; defaults to the campaign’s (needed once that has passed)',
  })
  @IsOptional()
  @IsLocalDateString()
  dueDate?: string;
}

export class WithdrawCampaignDto {
  @ApiProperty({ example: '通知内容有误，重新下发' })
  @IsString()
  @IsNotEmpty()
  @NotBlank('reason')
  @MaxLength(2000)
  @NoDirectionControls('reason')
  reason: string;
}

export class ListCampaignsQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2200)
  reportYear?: number;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

/** GET /extensions/pending: how many of the oldest requests to list. */
export class ListPendingExtensionsQuery extends PickType(ListCampaignsQuery, ['limit'] as const) {}
