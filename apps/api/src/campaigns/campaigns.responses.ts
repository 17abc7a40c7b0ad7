import { z } from 'zod/v4';
import { EXTERNAL_BODIES, type ExternalBody } from '@app/directory';
import { named, timestamp } from '../http/api-response';
import { BoardDisclosureSchema, LatenessSchema, MeasureTotalsSchema } from './board-measures.responses';
import { JsonObjectSchema, UnitRefSchema, UnitSchema, WorkflowRoleSchema } from '../http/shared.responses';

/** What the campaign (报送任务), board and extension endpoints answer. */

/** A calendar day, YYYY-MM-DD (Beijing time). */
const localDate = () => z.string().meta({ format: 'date' });

export const CampaignStatusSchema = named('CampaignStatus', z.enum(['active', 'withdrawn']));

export const ReminderPolicySchema = named(
  'ReminderPolicy',
  z.object({
    stageBefore: z.array(z.number().int()),
    dueBefore: z.array(z.number().int()),
    onTheDay: z.boolean(),
    overdueDailyMax: z.number().int(),
    escalateToLeaderAfter: z.number().int(),
    escalateToCoordinatorAfter: z.number().int(),
  }),
);

export const ChainRulesSchema = named(
  'ChainRules',
  z
    .object({
      deliberation: z.boolean().meta({ description: '集体审议' }),
      legalReview: z.boolean().meta({ description: '法律顾问审查' }),
      signOff: z.boolean().meta({ description: '主要负责人签发' }),
    })
    .meta({
      description:
        '内部审核流程要求: what a target’s own review chain must keep, else the campaign’s path applies',
    }),
);

/** A body outside the tree (EXTERNAL_BODIES): nobody in the system acts for it. */
const ExternalRecipientSchema = z.object({
  body: z.enum(Object.keys(EXTERNAL_BODIES) as [ExternalBody, ...ExternalBody[]]),
  name: z.string().meta({ description: 'As printed: 党中央, 国务院, 中央依法治国办, 国务院有关部门' }),
});

const ExternalRecipientsSchema = z
  .object({
    main: z
      .array(ExternalRecipientSchema)
      .meta({ description: '主送 outside the tree, printed after the units' }),
    copy: z.array(ExternalRecipientSchema).meta({ description: '抄送 outside the tree' }),
  })
  .meta({
    description:
      'Bodies outside the tree the reports go to (e.g. 党中央、国务院, 抄送 中央依法治国办): no receipt; the issuing unit sends them on',
  });

const LineKindSchema = z.enum([
  'department',
  'government_to_own_level',
  'party_and_government_to_level_up',
  'provincial_party_and_government',
  'demonstration_area',
]);

const TargetRecipientGroupSchema = z.object({
  targets: z.array(UnitRefSchema).meta({ description: 'The targets whose reports go to these recipients' }),
  main: z.array(UnitRefSchema).meta({ description: '主送' }),
  copy: z
    .array(UnitRefSchema)
    .meta({ description: '抄送: read the versions of these targets dispatched to them' }),
  external: ExternalRecipientsSchema,
});

const ChildCampaignSchema = z.object({ id: z.string(), issuingUnitId: z.string(), title: z.string() });

/** One rule of 内部审核流程要求 a report's review path lacks. */
const ChainShortfallSchema = z.object({
  rule: z.enum(['deliberation', 'legalReview', 'signOff']),
  label: z.string().meta({ description: '集体审议, 法律顾问审查 or 主要负责人签发' }),
});

export const CampaignSchema = named(
  'Campaign',
  z.object({
    id: z.string(),
    parentId: z.string().nullable(),
    issuingUnit: UnitRefSchema,
    recipients: z
      .object({
        main: z.array(UnitRefSchema).meta({ description: '主送: the issuer decides; the others read' }),
        copy: z.array(UnitRefSchema).meta({ description: '抄送: read the dispatched versions' }),
        external: ExternalRecipientsSchema,
        perTarget: z.array(TargetRecipientGroupSchema).nullable().meta({
          description:
            'null: the lists above are every target’s. Else the targets are on differing lines of the rules table and each group of targets has its own 主送/抄送 (the lists above are then empty)',
        }),
      })
      .meta({ description: 'Who the reports are dispatched to' }),
    reportYear: z.number().int(),
    reportLine: z.enum(['annual', 'demonstration_area']).meta({
      description:
        'The line asked for: annual (法治政府建设年度报告) or demonstration_area (示范地区年度报告, its own report, due end of January)',
    }),
    notice: z.object({
      title: z.string(),
      documentNumber: z.string().nullable(),
      issuedOn: localDate(),
      body: z.string(),
      file: z
        .object({
          name: z.string(),
          contentType: z.string(),
          sizeBytes: z.number().int(),
          sha256: z.string(),
        })
        .nullable(),
    }),
    workflow: z.object({ id: z.string(), version: z.number().int() }),
    dueDate: localDate().nullable(),
    stageLimits: z.record(z.string(), z.number().int()).nullable(),
    reminderPolicy: ReminderPolicySchema,
    disclosureDate: localDate(),
    itemOrder: z
      .array(z.number().int())
      .describe('The order the five items are printed in (statutory 1,2,3,4,5 unless the issuer set one)'),
    requiresStampedScan: z
      .boolean()
      .describe(
        '报送时须上传盖章扫描件: a report answering this campaign is dispatched only with a stamped scan of the version sent',
      ),
    chainRules: ChainRulesSchema,
    selection: z.object({
      kinds: z.array(z.string()).optional(),
      levels: z.array(z.string()).optional(),
      nameContains: z.string().optional(),
      unitIds: z.array(z.string()).optional(),
    }),
    status: CampaignStatusSchema,
    withdrawn: z
      .object({ at: timestamp(), by: z.string().nullable(), reason: z.string().nullable() })
      .nullable(),
    createdAt: timestamp(),
    targetCount: z.number().int(),
    children: z.array(ChildCampaignSchema),
  }),
  'A campaign (报送任务): the notice and its settings',
);

export const IssuedCampaignSchema = named(
  'IssuedCampaign',
  // .extend(), not an intersection: the document closes each object (additionalProperties: false).
  CampaignSchema.extend({
    chainShortfalls: z
      .array(
        z.object({
          unit: UnitRefSchema,
          reportId: z.string(),
          workflow: z
            .object({ id: z.string(), version: z.number().int() })
            .meta({ description: 'The review path the report follows (fixed when it was created)' }),
          missing: z
            .array(ChainShortfallSchema)
            .meta({ description: 'What chainRules require that it lacks' }),
        }),
      )
      .meta({
        description:
          "Targets asked now whose report for the year already existed (one report per unit and year answers every campaign) and follows a path without a step this campaign's chainRules require: the report keeps its path, is not refused and may be dispatched; the board's 内部流程不符合要求 names it too. Empty: every adopted report keeps the rules (a report created now always does)",
      }),
  }),
  'The campaign as issued (or with the units just added), and what the issuer should know about the reports it adopted',
);

const UnresolvedRecipientSchema = named(
  'UnresolvedRecipient',
  z.object({
    role: z.enum([
      'own_level_party_committee',
      'own_level_government',
      'department_one_level_up',
      'own_level_rule_of_law_office',
      'own_level_congress_standing_committee',
      'party_committee_one_level_up',
      'government_one_level_up',
      'rule_of_law_office_one_level_up',
      'provincial_rule_of_law_office',
      'centre',
    ]),
    label: z.string().meta({ description: 'As a notice names it, e.g. 本级人大常委会' }),
  }),
  'A recipient the regulation names that the directory does not hold (never guessed)',
);

export const DefaultRecipientsSchema = named(
  'DefaultRecipients',
  z.object({
    source: z.enum(['routing_table', 'per_target', 'issuer']).meta({
      description:
        'routing_table: one list for every target, from the rules of 厅字〔2019〕28号; per_target: the targets are on differing lines, each group gets its own list (groups); issuer: the issuing unit receives',
    }),
    reason: z
      .enum(['issuer_not_on_line'])
      .nullable()
      .meta({ description: 'Why the issuer receives (source issuer)' }),
    lineKind: LineKindSchema.nullable().meta({
      description: 'The row of the rules table (source routing_table)',
    }),
    main: z.array(UnitRefSchema).meta({ description: '主送 (empty for per_target)' }),
    copy: z.array(UnitRefSchema).meta({ description: '抄送 (empty for per_target)' }),
    external: ExternalRecipientsSchema,
    unresolved: z.array(UnresolvedRecipientSchema).meta({
      description:
        'source routing_table: recipients the rules name on the line but the directory lacks (no 人大常委会 unit yet …); they get nothing until an administrator adds the unit. Empty otherwise',
    }),
    groups: z
      .array(
        TargetRecipientGroupSchema.extend({
          lineKind: LineKindSchema.nullable().meta({
            description:
              'The row of the rules table; null: the issuer is on none of these targets’ lines, so it receives (主送) their reports',
          }),
          unresolved: z.array(UnresolvedRecipientSchema).meta({
            description: 'Recipients the group’s line names but the directory lacks',
          }),
        }),
      )
      .nullable()
      .meta({ description: 'source per_target: the targets grouped by their line’s 主送/抄送; else null' }),
    targetCount: z.number().int(),
    alreadyAsked: z
      .object({
        campaignId: z.string(),
        title: z.string(),
        documentNumber: z.string().nullable(),
        units: z.array(UnitRefSchema),
      })
      .nullable()
      .meta({
        description:
          'With reportYear: the issuer’s active campaign that already asks some of these targets for that year and line, and which of them (issuing them again is CAMPAIGN_DUPLICATE); null: none, or no reportYear sent',
      }),
    unstaffed: z
      .array(
        z.object({
          unit: UnitRefSchema,
          missing: z.array(
            z.object({
              step: z.string().meta({ description: 'The state id (drafting, dept_review, …)' }),
              label: z.string().meta({ description: 'The step as users say it (起草, 科室审核, …)' }),
            }),
          ),
        }),
      )
      .meta({
        description:
          'Targets with a step of their review path (the unit’s chosen one, else the default) that no active account of the unit can take: their report would wait on nobody there. Told, not refused; empty: all staffed',
      }),
  }),
  'The recipients a campaign gets when the issuer names none',
);

export const CampaignListItemSchema = named(
  'CampaignListItem',
  z.object({
    id: z.string(),
    parentId: z.string().nullable(),
    title: z.string(),
    documentNumber: z.string().nullable(),
    reportYear: z.number().int(),
    issuingUnit: UnitRefSchema,
    dueDate: localDate().nullable(),
    status: CampaignStatusSchema,
    targetCount: z.number().int(),
    relation: z.enum(['issued', 'received']),
    createdAt: timestamp(),
  }),
);

export const CampaignRecordVerificationSchema = named(
  'CampaignRecordVerification',
  z.object({
    verified: z.boolean(),
    /** The first event (numbered from 1 within the campaign) that does not verify. */
    brokenAt: z.number().int().optional(),
    reason: z.string().optional(),
  }),
);

export const CampaignEventSchema = named(
  'CampaignEvent',
  z.object({
    id: z.number().int(),
    action: z.enum([
      'issued',
      'targets_added',
      'withdrawn',
      'notice_file_attached',
      'extension_requested',
      'extension_granted',
      'extension_refused',
      'extension_cancelled',
      'scoring_rule_set',
      'notice_drafted',
      'notice_edited',
      'notice_refreshed',
      'notice_issued',
      'item_order_set',
      'external_forwarded',
      'target_urged',
    ]),
    unit: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    actor: z.object({ id: z.string(), displayName: z.string().nullable() }),
    details: JsonObjectSchema,
    createdAt: timestamp(),
  }),
);

export const NoticeFileSchema = named(
  'NoticeFile',
  z.object({ name: z.string(), contentType: z.string(), sizeBytes: z.number().int(), sha256: z.string() }),
);

export const LightSchema = named('Light', z.enum(['green', 'yellow', 'red']));
export const ProgressSchema = named(
  'Progress',
  z.enum(['submitted_on_time', 'submitted_late', 'on_track', 'due_soon', 'overdue']),
);

const ReceiptOutcomeSchema = z
  .enum(['received', 'accepted', 'returned'])
  .nullable()
  .meta({ description: "This campaign's receipt (回执) of the report; null: not dispatched to it yet" });

export const BoardRowSchema = named(
  'BoardRow',
  z.object({
    unit: z.object({ id: z.string(), name: z.string(), kind: z.string(), level: z.string() }),
    reportId: z.string(),
    state: z.string(),
    stage: z.string().meta({ description: '当前环节: the state in Chinese' }),
    holders: z.object({ roles: z.array(WorkflowRoleSchema), names: z.array(z.string()) }),
    stageDueAt: z.string().nullable(),
    stageWorkingDaysLeft: z.number().int().nullable().meta({
      description:
        '本环节截止: working days left to stageDueAt on the unit calendar (0 = today, negative = overdue); null without a stage deadline',
    }),
    dueDate: localDate(),
    originalDueDate: localDate(),
    extended: z.boolean(),
    pendingExtensionId: z.string().nullable(),
    light: LightSchema,
    progress: ProgressSchema,
    workingDaysLeft: z.number().int().nullable(),
    workingDaysOverdue: z.number().int().nullable(),
    submitted: z.boolean(),
    submittedAt: z.string().nullable(),
    submittedOnTime: z.boolean().nullable(),
    returnCount: z.number().int(),
    receipt: ReceiptOutcomeSchema,
    lateness: LatenessSchema,
    disclosure: BoardDisclosureSchema,
    score: z.number().int().meta({ description: "得分 under the campaign's scoring rule (scores/)" }),
    scoreReasons: z
      .array(z.string())
      .meta({ description: '扣分原因, one per deduction, in Chinese; empty: full marks' }),
    scorePending: z.boolean().meta({
      description:
        '暂不评分: nothing was sent to this campaign and its due date has not passed, so `score` counts nothing yet (the console shows 未到期, the scoresheet 暂不评分)',
    }),
    chainShortfall: z.array(ChainShortfallSchema).meta({
      description:
        "内部流程不符合要求: what the campaign's chain rules require that the target's report will not go through, read from the report's own review path (one report per unit and year answers every campaign: one made earlier under a weaker campaign or unit choice keeps its path); empty: the path keeps every rule. The unit's current choice (units.review_chain) does not change it",
    }),
    lastUrgedAt: timestamp().nullable().meta({
      description: '最近催办: the latest 催办 by hand of this target in this campaign; null: never pressed',
    }),
    urgeCount: z
      .number()
      .int()
      .meta({ description: 'How many times this campaign pressed the target by hand (催办)' }),
  }),
);

export const BoardTotalsSchema = named(
  'BoardTotals',
  z.object({
    targets: z.number().int(),
    byState: z.record(z.string(), z.number().int()),
    byLight: z.record(LightSchema, z.number().int()),
    byProgress: z.record(ProgressSchema, z.number().int()),
    submitted: z.number().int(),
    submittedOnTime: z.number().int(),
    submittedLate: z.number().int(),
    overdue: z.number().int(),
    onTimeRate: z.number().nullable().meta({ description: '按时报送率, 0..1; null without targets' }),
  }),
);

export const BoardSchema = named(
  'Board',
  z.object({
    campaign: z.object({
      id: z.string(),
      title: z.string(),
      documentNumber: z.string().nullable(),
      reportYear: z.number().int(),
      issuingUnit: UnitRefSchema,
      dueDate: localDate().nullable(),
      disclosureDate: localDate(),
      status: CampaignStatusSchema,
    }),
    generatedAt: z.string(),
    today: localDate(),
    totals: BoardTotalsSchema,
    measures: MeasureTotalsSchema,
    filteredCount: z.number().int(),
    rows: z.array(BoardRowSchema),
    children: z.array(
      z.object({
        id: z.string(),
        parentId: z.string().nullable(),
        title: z.string(),
        documentNumber: z.string().nullable(),
        status: z.string(),
        dueDate: localDate().nullable(),
        issuingUnit: UnitRefSchema,
        totals: BoardTotalsSchema,
      }),
    ),
    rollup: BoardTotalsSchema,
  }),
  'The tracking board (进度看板) of a campaign',
);

export const SubmissionHistorySchema = named(
  'SubmissionHistory',
  z.object({
    unit: UnitRefSchema,
    years: z.array(
      z.object({
        reportYear: z.number().int(),
        campaigns: z.number().int(),
        submittedOnTime: z.number().int(),
        submittedLate: z.number().int(),
        notSubmitted: z.number().int().meta({ description: 'Active campaigns only' }),
        withdrawn: z
          .number()
          .int()
          .meta({ description: 'Campaigns of the year withdrawn since: counted in none of the others' }),
        submittedOnTimeAgainstNotice: z.number().int(),
        submittedLateAgainstNotice: z.number().int(),
      }),
    ),
    entries: z.array(
      z.object({
        reportYear: z.number().int(),
        campaign: z.object({
          id: z.string(),
          title: z.string(),
          documentNumber: z.string().nullable(),
          status: z.string(),
          issuingUnit: UnitRefSchema,
        }),
        reportId: z.string(),
        state: z.string(),
        stage: z.string(),
        dueDate: localDate().meta({ description: 'The date in force: the extended one if extended' }),
        originalDueDate: localDate().meta({ description: "通知规定日期: the notice's date, never moved" }),
        extended: z.boolean(),
        submittedAt: z.string().nullable(),
        submittedOnTime: z.boolean().nullable(),
        lateness: LatenessSchema,
        progress: ProgressSchema,
        light: LightSchema,
        workingDaysOverdue: z.number().int().nullable(),
        returnCount: z.number().int().meta({ description: 'Times the issuing office returned it' }),
        receipt: ReceiptOutcomeSchema,
        disclosure: BoardDisclosureSchema,
      }),
    ),
  }),
  "One unit's campaign reports by year: on time, late, missing",
);

export const ExtensionSchema = named(
  'Extension',
  z.object({
    id: z.string(),
    campaignId: z.string(),
    unitId: z.string(),
    reportId: z.string(),
    status: z.enum(['pending', 'granted', 'refused', 'cancelled']),
    dueDateBefore: localDate(),
    requestedDueDate: localDate(),
    reason: z.string(),
    requestedBy: z.string(),
    requestedAt: timestamp(),
    grantedDueDate: localDate().nullable(),
    decisionComment: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: timestamp().nullable(),
  }),
  '延期申请: a request to move a unit’s due date',
);

export const ExtensionWithUnitSchema = named(
  'ExtensionWithUnit',
  ExtensionSchema.extend({
    unitName: z.string(),
    requestedByName: z
      .string()
      .nullable()
      .meta({ description: '申请人: who asked (null if the account is gone)' }),
    decidedByName: z
      .string()
      .nullable()
      .meta({ description: 'Who decided (null while pending or if unknown)' }),
    sentAt: timestamp().nullable().meta({
      description:
        'When the report was sent to this campaign, while that dispatch stands (not returned or withdrawn): a request still waiting is then moot; null: not sent',
    }),
    regulationDueDate: localDate().meta({
      description:
        "The regulation's date for this unit's report (1 March of the next year; 1 April for a province's party committee and government; end of January on the demonstration line): a date granted past it is allowed, and the console warns",
    }),
    disclosureDate: localDate().meta({
      description:
        "The campaign's 公开期限 (disclosure date): a report is published once sent, so a date granted past it leaves the unit late to publish; allowed, and the console warns",
    }),
    otherCampaignsDueDate: localDate().nullable().meta({
      description:
        'The earliest date another active campaign asking for the same report gives the unit (the report is due by the earliest): a grant past it moves nothing, and the console says so; null: no other campaign',
    }),
  }),
  'A request to move a due date, with the name of the unit that asks and of the people',
);

export const PendingExtensionSchema = named(
  'PendingExtension',
  ExtensionWithUnitSchema.extend({
    campaign: z
      .object({ id: z.string(), title: z.string() })
      .meta({ description: 'The campaign it asks of' }),
  }),
  '延期申请 waiting for the decision of an office I coordinate',
);

export const TargetAreaSchema = named(
  'TargetArea',
  z.object({
    issuingUnit: UnitRefSchema,
    units: z.array(UnitSchema),
    drafterCounts: z.array(z.object({ unitId: z.string(), drafters: z.number().int() })).meta({
      description:
        'Active drafters per unit of the area (counts, never who): 0 = nobody receives a campaign there',
    }),
  }),
  'The units an issuing unit may ask (below it; for a department or office, its level government’s units too)',
);
