import { z } from 'zod/v4';
import { EXTERNAL_BODIES } from '@app/directory';
import { named, timestamp } from '../../http/api-response';
import { FORWARDING_CHANNEL_KEYS } from './forwarding-plan';

const localDate = () => z.string().meta({ format: 'date' });
const bodyKey = () => z.enum(Object.keys(EXTERNAL_BODIES) as [string, ...string[]]);

export const ForwardingRecordSchema = named(
  'ForwardingRecord',
  z.object({
    id: z
      .number()
      .int()
      .meta({ description: 'The campaign event recording it; pass as supersedes to correct it' }),
    body: bodyKey(),
    bodyName: z.string(),
    sentOn: localDate(),
    channel: z.enum(FORWARDING_CHANNEL_KEYS as [string, ...string[]]),
    channelLabel: z
      .string()
      .meta({ description: '机要交通, 机要邮寄, 电子公文系统, or the words given for 其他' }),
    channelNote: z.string().nullable(),
    documentNumber: z.string().nullable(),
    supersedes: z.number().int().nullable().meta({ description: 'The record this one corrects' }),
    recordedBy: z.object({ id: z.string(), displayName: z.string().nullable() }),
    recordedAt: timestamp(),
  }),
  '报送外部机关: one record of the issuing office sending a report on outside the system',
);

export const ForwardingsSchema = named(
  'Forwardings',
  z.object({
    campaignId: z.string(),
    mayRecord: z
      .boolean()
      .meta({ description: 'Whether you may record (a coordinator of the issuing office)' }),
    bodies: z.array(z.object({ body: bodyKey(), name: z.string(), kind: z.enum(['main', 'copy']) })),
    targets: z.array(
      z.object({
        unit: z.object({ id: z.string(), name: z.string() }),
        reportId: z.string(),
        acceptedOn: localDate()
          .nullable()
          .meta({ description: 'When the issuing office accepted the report; null while not' }),
        bodies: z.array(
          z.object({
            body: bodyKey(),
            name: z.string(),
            kind: z.enum(['main', 'copy']),
            current: ForwardingRecordSchema.nullable().meta({ description: 'null: 待报送' }),
            history: z
              .array(ForwardingRecordSchema)
              .meta({ description: 'Every record, oldest first (corrected ones too)' }),
          }),
        ),
      }),
    ),
  }),
  '报送外部机关 of a campaign: per target and body outside the system, 已报送 (the current record) or 待报送',
);
