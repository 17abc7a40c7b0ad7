import { z } from 'zod/v4';
import { FINDING_STATUSES } from '@app/reports';
import { named, timestamp } from '../http/api-response';

/** A calendar day, YYYY-MM-DD (Beijing time). */
const localDate = () => z.string().meta({ format: 'date' });

export const FindingStatusSchema = named('ReviewFindingStatus', z.enum(FINDING_STATUSES));

export const FindingSchema = named(
  'ReviewFinding',
  z.object({
    id: z.string(),
    reportId: z.string(),
    campaignId: z.string(),
    raisingUnitId: z.string(),
    version: z.number().int(),
    status: FindingStatusSchema,
    text: z.string(),
    dueOn: localDate(),
    raisedBy: z.string(),
    raisedAt: timestamp(),
    answer: z
      .object({
        measures: z.string(),
        completedOn: localDate(),
        answeredBy: z.string(),
        answeredAt: timestamp(),
      })
      .nullable(),
    decision: z
      .object({ decidedBy: z.string(), decidedAt: timestamp(), comment: z.string().nullable() })
      .nullable(),
  }),
  'One finding (问题清单) against a report and its 整改: open → answered → closed, or reopened',
);

/** A listed finding carries the time left to its 整改 date, counted like every other due date (#19). */
const ListedFindingSchema = named(
  'ListedReviewFinding',
  FindingSchema.extend({
    workingDaysLeft: z
      .number()
      .int()
      .nullable()
      .describe("Working days to dueOn on the unit's regional calendar; negative when overdue"),
  }),
);

export const FindingListSchema = named(
  'ReviewFindingList',
  z.object({ items: z.array(ListedFindingSchema) }),
);

export const CampaignFindingCountsSchema = named(
  'CampaignFindingCounts',
  z.object({
    items: z.array(
      z.object({
        reportId: z.string(),
        open: z.number().int(),
        answered: z.number().int(),
        closed: z.number().int(),
        earliestOpenDueOn: localDate().nullable(),
      }),
    ),
  }),
  "Per report of a campaign: its findings by status (the board's 问题清单 column)",
);

export const FindingTodoListSchema = named(
  'FindingTodoList',
  z.object({
    items: z.array(
      z.object({
        id: z.string(),
        version: z.number().int(),
        text: z.string(),
        dueOn: localDate(),
        workingDaysLeft: z
          .number()
          .int()
          .nullable()
          .describe("Working days to dueOn on the unit's regional calendar; negative when overdue"),
        reopenedComment: z
          .string()
          .nullable()
          .describe('Set when the raising office reopened the finding: why the 整改 was not enough'),
        raisedAt: timestamp(),
        report: z.object({
          id: z.string(),
          title: z.string(),
          reportYear: z.number().int(),
          unit: z.object({ id: z.string(), name: z.string() }),
        }),
        raisingUnit: z.object({ id: z.string(), name: z.string() }),
      }),
    ),
  }),
  "我的待办's 整改 items: open findings on the reports of the units where the caller answers findings",
);
