import { z } from 'zod/v4';
import { named, timestamp } from '../../http/api-response';

const unitSchema = z.object({ id: z.string(), name: z.string() });

export const CampaignNoticeSchema = named(
  'CampaignNotice',
  z.object({
    campaignId: z.string(),
    campaignTitle: z.string(),
    issuingUnit: unitSchema,
    status: z
      .enum(['draft', 'issued'])
      .meta({ description: 'draft: being edited; issued: 印发, never changed' }),
    version: z.number().int().meta({ description: 'expectedVersion for the next PUT or issue' }),
    title: z.string(),
    documentNumber: z.string().nullable().meta({ description: '文号' }),
    paragraphs: z.array(z.string()).meta({ description: 'The body, one paragraph each' }),
    namedUnits: z.array(unitSchema).meta({ description: 'The units it names, notified when it is issued' }),
    addressees: z.array(z.string()).meta({ description: '主送, printed after the title' }),
    copiesTo: z.array(z.string()).meta({ description: '抄送, printed in the 版记 (may be empty)' }),
    updatedAt: timestamp(),
    issuedAt: timestamp().nullable(),
    issuedOn: z.string().meta({ format: 'date' }).nullable().meta({ description: '成文日期 (Beijing date)' }),
    canEdit: z.boolean().meta({
      description: 'The caller coordinates the issuing office and the 通报 is a draft: edit and issue',
    }),
    factsChanged: z.boolean().meta({
      description:
        'For the office editing a draft: the board changed since the text was generated, so its figures may be out of date (refresh it, or issue with confirmChangedFacts); false for other readers and for an issued 通报',
    }),
    notYetDue: z
      .object({
        count: z.number().int().meta({ description: 'Targets neither reported nor due yet' }),
        latestDueDate: z
          .string()
          .meta({ format: 'date' })
          .nullable()
          .meta({ description: 'The latest of their due dates' }),
      })
      .nullable()
      .meta({
        description:
          'For the office editing a draft: the targets that keep it from being issued yet (印发 answers 409 NOTICE_TOO_EARLY while count > 0), so the console says so before anyone confirms; null for other readers and once issued',
      }),
    disclosureNotYetDue: z
      .object({
        count: z
          .number()
          .int()
          .meta({ description: 'Targets not published while the disclosure date has not passed' }),
        disclosureDate: z
          .string()
          .meta({ format: 'date' })
          .meta({ description: 'The campaign’s disclosure date' }),
      })
      .nullable()
      .meta({
        description:
          'For the office editing a draft: while count > 0, 印发 answers 409 NOTICE_BEFORE_DISCLOSURE_DATE unless confirmBeforeDisclosureDate is sent (the 通报 cannot name who fails to publish); null for other readers and once issued',
      }),
    textBeforeRefresh: z
      .object({
        version: z.number().int().meta({ description: 'The draft version the refresh replaced' }),
        paragraphs: z.array(z.string()),
        namedUnits: z.array(unitSchema),
        replacedAt: timestamp(),
      })
      .nullable()
      .meta({
        description:
          'For the office editing a draft: the body and named units the last refresh (POST …/notice/refresh) replaced, to copy its own paragraphs back; null when never refreshed, for other readers and once issued',
      }),
  }),
  'The stored 通报 (报送情况通报) of a campaign',
);
