import { z } from 'zod/v4';
import { DISCLOSURE_CHANNELS, DISCLOSURE_STATUSES, REVIEW_CONCLUSIONS } from '@app/reports';
import { named, timestamp } from '../http/api-response';
import { RoleSchema } from '../http/shared.responses';

/** A calendar day, YYYY-MM-DD (Beijing time). */
const localDate = () => z.string().meta({ format: 'date' });

export const DisclosureStatusSchema = named('DisclosureStatus', z.enum(DISCLOSURE_STATUSES));
export const DisclosureChannelSchema = named('DisclosureChannel', z.enum(DISCLOSURE_CHANNELS));

export const DisclosureSchema = named(
  'Disclosure',
  z.object({
    reportId: z.string(),
    version: z.number().int(),
    status: DisclosureStatusSchema,
    dueDate: localDate().nullable(),
    workingDaysLeft: z.number().int().nullable().optional().meta({
      description:
        'On GET: working days to dueDate (regional calendar), negative = overdue; null once published',
    }),
    review: z
      .object({
        revision: z.number().int(),
        reviewedBy: z.string(),
        role: RoleSchema,
        reviewedAt: timestamp(),
        conclusion: z.enum(REVIEW_CONCLUSIONS),
        comment: z.string().nullable(),
      })
      .nullable(),
    publication: z
      .object({
        channel: DisclosureChannelSchema,
        url: z.string(),
        publishedOn: localDate(),
        firstPublishedOn: localDate().meta({
          description:
            'The date of the first publication: kept when a corrected text is published again; the board, the score and the 通报 judge lateness by it',
        }),
        revision: z.number().int(),
        publishedBy: z.string(),
        recordedAt: timestamp(),
      })
      .nullable(),
  }),
  "A report's disclosure track (保密审查, publication), parallel to its review and receipts",
);

export const PublicReportFeedSchema = named(
  'PublicReportFeed',
  z.object({
    unit: z.object({ id: z.string(), name: z.string() }),
    reportYear: z.number().int(),
    reports: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        unit: z.object({ id: z.string(), name: z.string() }),
        publishedOn: localDate(),
        channel: z.string(),
        url: z.string(),
        docx: z.string(),
        blocks: z.array(
          z.object({
            kind: z.enum([
              'documentNumber',
              'title',
              'addressee',
              'heading1',
              'heading2',
              'body',
              'signature',
              'imprint',
            ]),
            text: z.string(),
            headLength: z.number().int().nullable().meta({
              description:
                'heading2 only: the length of its heading sentence when body text follows it in the same paragraph (（二）严格规范执法。全年办理…): the rest is body text; null: the whole text is the heading',
            }),
          }),
        ),
      }),
    ),
  }),
  "The published reports of a unit's tree and year: public versions only",
);

export const DisclosureTodoListSchema = named(
  'DisclosureTodoList',
  z.object({
    items: z.array(
      z.object({
        report: z.object({
          id: z.string(),
          title: z.string(),
          reportYear: z.number().int(),
          unit: z.object({ id: z.string(), name: z.string() }),
        }),
        step: z.enum(['review', 'mark', 'publish']).meta({
          description:
            'review: 保密审查 (unit leader or reviewer); mark: 修改不予公开标注 after a review that asked for it; publish: 登记公开',
        }),
        dueDate: localDate().meta({ description: 'The disclosure date (公开截止), Beijing time' }),
        workingDaysLeft: z.number().int().nullable(),
      }),
    ),
  }),
  '我的待办’s 政务公开: reports of my units still to be published, and the step waiting for me',
);
