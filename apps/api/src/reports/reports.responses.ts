import { z } from 'zod/v4';
import { FindingSchema as ReviewFindingSchema } from '../findings/findings.responses';
import { named, timestamp } from '../http/api-response';
import {
  ActionFieldSchema,
  JsonObjectSchema,
  ReportSectionsSchema,
  WorkflowRoleSchema,
  SectionKeySchema,
  StatutoryItemSchema,
  UnitLevelSchema,
  UnitRefSchema,
} from '../http/shared.responses';

/** What the reports endpoints answer; the handlers are typed by these (see http/api-response.ts). */

export const AllowedActionSchema = named(
  'AllowedAction',
  z.object({
    action: z.string(),
    to: z.string(),
    actingRole: WorkflowRoleSchema,
    commentRequired: z.boolean(),
    requiredFields: z.array(ActionFieldSchema).meta({
      description: 'Fields the action needs and has no default for (fieldDefaults lists the others it takes)',
    }),
    fieldDefaults: z.object({ meetingBody: z.string() }).optional().meta({
      description:
        "Fields the action takes that are filled in when left out, with the value used: meetingBody is the unit's deliberating body (集体审议)",
    }),
    nobodyActsNext: z.boolean().optional().meta({
      description:
        'GET /reports/:id only: true when the step leads into a stage of the unit that no active account may act on (no 科室审核人, say), so the report would wait there for nobody',
    }),
  }),
  'A workflow action the caller may take now, and what it needs',
);

export const ReportSummarySchema = named(
  'ReportSummary',
  z.object({
    id: z.string(),
    unit: UnitRefSchema,
    unitLevel: UnitLevelSchema.meta({
      description:
        "The reporting unit's level: how the console names a place (镇党委、镇政府) its name does not say",
    }),
    receivingUnitId: z.string().nullable(),
    campaignId: z.string().nullable(),
    reportYear: z.number().int(),
    reportLine: z.enum(['annual', 'demonstration_area']).meta({
      description:
        'annual: the ordinary 法治政府建设年度报告; demonstration_area: a national demonstration area’s additional report (示范地区年度报告), a report of its own',
    }),
    title: z.string(),
    workflow: z.object({ id: z.string(), version: z.number().int() }),
    state: z.string(),
    stateLabel: z.string().meta({ description: 'The state in Chinese, from the workflow definition' }),
    version: z.number().int(),
    currentRevision: z.number().int(),
    returnCount: z.number().int(),
    stageEnteredAt: timestamp(),
    stageDueAt: timestamp().nullable(),
    dueAt: timestamp().nullable().meta({ description: "The campaign's due date (end of day, Beijing time)" }),
    stageWorkingDaysLeft: z.number().int().nullable().meta({
      description:
        'Working days to stageDueAt (regional calendar): 0 = due today, negative = working days overdue',
    }),
    workingDaysLeft: z.number().int().nullable().meta({
      description:
        'Working days to dueAt, as the board counts them; null without a due date or while the report is with its recipients (a returned report counts again)',
    }),
    submittedAt: timestamp().nullable(),
    updatedAt: timestamp(),
  }),
);

const SignOffSchema = z.object({
  signedBy: z.object({
    id: z.string(),
    username: z.string().nullable(),
    displayName: z.string().nullable(),
  }),
  signedAt: timestamp(),
});

export const DeliberationSchema = named(
  'Deliberation',
  z.object({
    body: z.string().meta({ description: "The unit's deliberating body (党组会议, 政府常务会议 …)" }),
    meeting: z
      .object({
        body: z.string(),
        date: z.string().meta({ description: 'YYYY-MM-DD' }),
        minutesNumber: z.string(),
        stands: z
          .boolean()
          .meta({ description: 'true: the next submit goes straight to sign-off (no second meeting)' }),
      })
      .nullable(),
    signOff: SignOffSchema.nullable().meta({
      description: '主要负责人签发: who signed the last dispatched version off, and when',
    }),
    coSignOff: SignOffSchema.nullable().meta({
      description:
        "A joint report's 党委 principal leader's sign-off (会签, after the government's), who and when; null otherwise",
    }),
    documentNumber: z
      .string()
      .nullable()
      .meta({ description: "The unit's document number (文号) of the last dispatch" }),
    earlierRound: z
      .object({ signOff: z.boolean(), coSignOff: z.boolean(), documentNumber: z.boolean() })
      .meta({
        description:
          "true for each of signOff, coSignOff and documentNumber recorded before the report went back to drafting (a return, a withdrawal) and not again since: the last round's, not this draft's",
      }),
  }),
  'Deliberation (集体审议), sign-off (签发) and dispatch (文号) of the report',
);

export const ReportDetailSchema = named(
  'ReportDetail',
  ReportSummarySchema.extend({
    deliberation: DeliberationSchema,
    coReportingUnit: UnitRefSchema.nullable().meta({
      description:
        'A joint 党委+政府 report (联合报告): the party committee reporting with the government unit; null for a unit reporting alone',
    }),
    campaigns: z
      .array(
        z.object({
          campaignId: z.string(),
          title: z.string(),
          documentNumber: z.string().nullable(),
          issuingUnit: UnitRefSchema,
          dueDate: z
            .string()
            .meta({ format: 'date', description: "The unit's due date, after any extension" }),
          active: z.boolean(),
          canDispatch: z.boolean().meta({
            description:
              'The caller may send this campaign the dispatched version now (POST /reports/:id/receipts/:campaignId/dispatch): it asked after the dispatch and has no receipt yet',
          }),
        }),
      )
      .meta({
        description:
          'Every campaign (报送任务) asking for this report, earliest due date first; empty for a reader who holds only what was sent to it',
      }),
    copyOnly: z.boolean(),
    copy: z
      .object({
        dispatches: z.array(z.object({ revision: z.number().int(), dispatchedAt: timestamp() })),
        latestRevision: z.number().int(),
        latestDispatchedAt: timestamp(),
        asDispatched: z.boolean().meta({
          description:
            'True for a reader who holds the report only as sent to it (抄送, 主送): state, version, ' +
            'returnCount, stageEnteredAt and updatedAt are as of latestDispatchedAt (version = the number ' +
            'of dispatches received), the deadlines are null. False for the office deciding a receipt, ' +
            'which reads the live progress',
        }),
      })
      .optional()
      .meta({ description: 'Only for a reader outside the report’s unit: the revisions dispatched to it' }),
    sections: ReportSectionsSchema,
    allowedActions: z.array(AllowedActionSchema),
  }),
);

export const WorkItemSchema = named(
  'WorkItem',
  ReportSummarySchema.extend({
    allowedActions: z.array(AllowedActionSchema),
    notSentToCampaigns: z
      .array(z.object({ campaignId: z.string(), title: z.string() }))
      .optional()
      .meta({
        description:
          'Campaigns that asked after the report was sent and have not received it: its drafter sends it (POST /reports/:id/receipts/:campaignId/dispatch, 报送至该任务); present only on such items, whose allowedActions is empty',
      }),
  }),
);

export const RevisionSchema = named(
  'Revision',
  z.object({
    reportId: z.string(),
    number: z.number().int(),
    basedOn: z.number().int(),
    title: z.string(),
    sections: ReportSectionsSchema,
    contentHash: z.string(),
    authorId: z.string(),
    createdAt: timestamp(),
  }),
);

export const RevisionMetaSchema = named(
  'RevisionMeta',
  RevisionSchema.omit({ sections: true }).extend({
    chars: z.number().int().meta({ description: 'Characters of the five sections together' }),
    authorName: z.string().nullable().meta({ description: "The saver's display name (null if unknown)" }),
  }),
  'A saved revision without its text (the revision list)',
);

const TextLocationSchema = z.object({
  section: z.union([SectionKeySchema, z.literal('fullText')]),
  offset: z.number().int(),
  excerpt: z.string(),
});

export const FindingSchema = named(
  'Finding',
  z.object({
    item: StatutoryItemSchema.optional(),
    severity: z.enum(['error', 'warning', 'info']),
    code: z.string(),
    message: z.string(),
    location: TextLocationSchema.optional(),
  }),
  'One result of the completeness check (形式审查), or a notice of the import; message is in Chinese',
);

export const FigureSchema = named(
  'Figure',
  z.object({
    value: z.number(),
    unit: z.string(),
    kind: z.enum(['count', 'amount', 'percent']),
    approximate: z.boolean(),
    text: z.string(),
    sentence: z.string().meta({
      description:
        'The sentence that quotes it; one over 200 characters is cut to the words around the figure, marked …',
    }),
    section: SectionKeySchema,
    offset: z.number().int(),
  }),
);

export const CheckResultSchema = named(
  'CheckResult',
  z.object({
    passed: z.boolean(),
    findings: z.array(FindingSchema),
    figures: z
      .array(FigureSchema)
      .meta({ description: 'The figures quoted, in order: the first 1,000 at most' }),
  }),
);

export const SavedRevisionSchema = named(
  'SavedRevision',
  RevisionSchema.extend({ check: CheckResultSchema }),
);

export const CheckOverrideSchema = named(
  'CheckOverride',
  z.object({ revision: z.number().int() }),
  'The revision now allowed to leave drafting',
);

export const DiffHunkSchema = named(
  'DiffHunk',
  z.object({ kind: z.enum(['same', 'added', 'removed']), lines: z.array(z.string()) }),
  'A run of lines the two revisions share, or that one of them adds or removes',
);

export const ReportDiffSchema = named(
  'ReportDiff',
  z.object({
    reportId: z.string(),
    from: z.number().int(),
    to: z.number().int(),
    titleChanged: z.boolean(),
    sections: z.array(
      z.object({
        section: SectionKeySchema,
        changed: z.boolean(),
        tooDifferent: z
          .boolean()
          .describe(
            'The two texts differ in more than 1,000 lines: too different to compare line by line; hunks is then empty',
          ),
        hunks: z.array(DiffHunkSchema),
      }),
    ),
  }),
);

export const HistoryEventSchema = named(
  'HistoryEvent',
  z.object({
    seq: z.number().int(),
    action: z.string(),
    fromState: z.string().nullable(),
    toState: z.string(),
    toStateLabel: z.string().meta({ description: 'The state entered, in Chinese (集体审议（党组会议） …)' }),
    revision: z.number().int(),
    actor: z.object({ id: z.string(), username: z.string().nullable(), displayName: z.string().nullable() }),
    actorRole: z.string(),
    actorUnitId: z.string(),
    actorUnit: z.object({ id: z.string(), name: z.string(), level: UnitLevelSchema }).nullable().meta({
      description:
        'The unit the actor acted for (a coordinator: the office that returned or accepted); null if it was deleted',
    }),
    comment: z.string().nullable(),
    fields: JsonObjectSchema.nullable(),
    createdAt: timestamp(),
    hash: z.string(),
  }),
);

export const ReportHistorySchema = named(
  'ReportHistory',
  z.object({
    reportId: z.string(),
    chain: z.object({
      verified: z.boolean(),
      brokenAt: z.number().int().optional(),
      reason: z.string().optional(),
    }),
    events: z.array(HistoryEventSchema),
  }),
);

export const TransitionResultSchema = named(
  'TransitionResult',
  z.object({
    report: z.object({
      id: z.string(),
      state: z.string(),
      version: z.number().int(),
      currentRevision: z.number().int(),
      stageDueAt: z.string().nullable(),
    }),
    event: z.object({
      seq: z.number().int(),
      action: z.string(),
      fromState: z.string().nullable(),
      toState: z.string(),
      actorRole: z.string(),
      createdAt: z.string(),
    }),
  }),
);

export const CopiedReportSchema = named(
  'CopiedReport',
  z.object({
    id: z.string(),
    unit: UnitRefSchema.meta({ description: 'The reporting unit' }),
    receivedBy: UnitRefSchema.meta({
      description:
        'The unit it was dispatched to: my unit, or an office I read copies for (a 司法局 officer holding coordinator in the 依法治县办 housed there)',
    }),
    reportYear: z.number().int(),
    title: z.string().meta({ description: 'The title of the dispatched revision' }),
    state: z.string().meta({
      description: 'Where the report stood when it was last dispatched to my unit (not where it is now)',
    }),
    stateLabel: z.string(),
    campaignId: z.string().nullable().meta({
      description:
        'The campaign the report was created under (not necessarily one that addressed your unit: see `campaigns`)',
    }),
    campaigns: z
      .array(
        z.object({
          id: z.string(),
          title: z.string(),
          documentNumber: z.string().nullable().meta({ description: '文号' }),
          receivedAs: z.enum(['main', 'issuer', 'copy']),
          issuedByYou: z.boolean().meta({
            description:
              'Your unit issued this campaign: it accepts or returns the report, also when its notice named it 主送 or 抄送',
          }),
        }),
      )
      .meta({
        description:
          '来文依据: the campaigns the report was sent to whose notice addressed your unit (named 主送 or 抄送, or issued by it: issuer), and how; empty for the regulation’s copy of a report no campaign asked for',
      }),
    receivedAs: z.enum(['main', 'issuer', 'copy']).meta({
      description:
        'How my unit received it: main (主送: it is named 主送 in a campaign the report was sent to), issuer (报送: it issued that campaign and is named on none of its lists for the report; it accepts or returns it) or copy (抄送)',
    }),
    copy: z.object({
      revision: z.number().int().meta({ description: 'The revision dispatched (sent upward) the last time' }),
      dispatchedAt: timestamp(),
      firstDispatchedAt: timestamp().meta({ description: 'When the first copy arrived' }),
      dispatchCount: z
        .number()
        .int()
        .meta({ description: 'How many times the report was dispatched to this unit' }),
    }),
  }),
  'One report dispatched to my unit (主送 or 抄送), as it was dispatched (never the draft in progress)',
);

export const FollowThroughSchema = named(
  'FollowThrough',
  z.object({
    lastYearReportId: z.string().nullable(),
    entries: z.array(
      z.object({
        plannedItem: z.object({ index: z.number().int(), heading: z.string(), keyText: z.string() }),
        evidence: z.array(
          z.object({
            section: SectionKeySchema,
            offset: z.number().int(),
            excerpt: z.string(),
            sharedPhrases: z.array(z.string()),
            score: z.number(),
          }),
        ),
        status: z.enum(['reported', 'not_reported']),
      }),
    ),
    message: z.string().optional().meta({ description: 'Why there is nothing to compare with' }),
    lastYearFindings: z.array(ReviewFindingSchema).meta({
      description:
        "The findings (问题清单) raised on the unit's reports of last year, whatever their status: report on each 整改",
    }),
  }),
  "Last year's plan (item 4) against this year's measures, with the evidence, and last year's findings",
);

export const ReceiptSchema = named(
  'Receipt',
  z.object({
    campaign: z.object({
      id: z.string(),
      title: z.string(),
      documentNumber: z.string().nullable(),
      active: z.boolean().meta({ description: 'A withdrawn campaign’s receipt is closed' }),
    }),
    issuingUnit: UnitRefSchema.meta({
      description: 'The unit that asked: its coordinators accept or return',
    }),
    status: z.enum(['received', 'accepted', 'returned']),
    revision: z.number().int().meta({ description: 'The revision last dispatched to this campaign' }),
    acceptedRevision: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'The revision accepted; lower than revision after a correction (更正)' }),
    dispatchedAt: timestamp(),
    dispatchCount: z.number().int(),
    decidedBy: z.string().nullable().meta({
      description:
        'Who made the latest decision (接收 or 退回). While `status` is received after a return and a new dispatch, this is the earlier return, kept for the history: it is not a decision on the revision now waiting (see status and canDecide)',
    }),
    decidedAt: timestamp()
      .nullable()
      .meta({ description: 'When the latest decision was made (see decidedBy)' }),
    comment: z
      .string()
      .nullable()
      .meta({ description: "The latest decision's comment (a return's: what to fix; see decidedBy)" }),
    version: z.number().int().meta({ description: 'expectedVersion of the next decision' }),
    dispatchWithdrawn: z.boolean().meta({
      description:
        'Received, but the unit withdrew its dispatch since: nothing waits for a decision until it is dispatched again',
    }),
    canDecide: z.boolean().meta({
      description:
        'Whether the caller may accept or return it now (a coordinator of the issuing office itself)',
    }),
    canReturn: z.boolean().meta({
      description:
        'canDecide, and a return is possible: false for a report sent after it was accepted (accept it, with findings; 409 RECEIPT_RETURN_NOT_POSSIBLE)',
    }),
  }),
  'One campaign’s receipt (回执) of a dispatched report',
);

export const ReceiptDecisionSchema = named(
  'ReceiptDecision',
  z.object({
    receipt: ReceiptSchema,
    report: z.object({ id: z.string(), state: z.string(), version: z.number().int() }),
    findings: z
      .array(ReviewFindingSchema)
      .optional()
      .describe('Accept and return: the findings (问题清单) recorded with the decision'),
  }),
);

export const OpenReceiptSchema = named(
  'OpenReceipt',
  z.object({
    reportId: z.string(),
    title: z.string(),
    unit: UnitRefSchema.meta({ description: 'The reporting unit' }),
    decideBy: timestamp().nullable().meta({
      description:
        '办理期限: the end of the time to accept or return it (the report’s stage deadline in 已报送); null: none',
    }),
    receipt: ReceiptSchema,
  }),
  'A receipt waiting for my decision (the issuing office’s work queue)',
);
