import { z } from 'zod/v4';
import { named, timestamp } from '../http/api-response';
import { UnitRefSchema } from '../http/shared.responses';

/** What the operators' endpoints answer. */

export const DeadLetterSchema = named(
  'DeadLetter',
  z.object({
    id: z.number().int(),
    channel: z.string(),
    target: z.string(),
    unit: UnitRefSchema,
    reportId: z.string().nullable(),
    subject: z.string(),
    attempts: z.number().int(),
    replays: z.number().int(),
    lastError: z.string().nullable(),
    reason: z.enum(['failed', 'unconfirmed']).meta({
      description:
        'failed: every attempt failed. unconfirmed: the sending worker stopped mid-send, so it may have been sent; check with the recipient before replaying',
    }),
    createdAt: timestamp(),
    deadAt: timestamp().nullable(),
  }),
  'A delivery (e-mail, webhook) that failed every retry, or whose sender stopped mid-send',
);

export const ReplayedDeliverySchema = named(
  'ReplayedDelivery',
  z.object({ id: z.number().int(), status: z.literal('pending'), replays: z.number().int() }),
);

export const DutySeparationSettingSchema = named(
  'DutySeparationSetting',
  z.object({
    unitId: z.string(),
    dutySeparation: z.enum(['enforced', 'relaxed']).nullable().meta({ description: 'null: the default' }),
    effective: z.enum(['enforced', 'relaxed']),
  }),
);

export const DeliberationBodySettingSchema = named(
  'DeliberationBodySetting',
  z.object({
    unitId: z.string(),
    deliberationBody: z.string().nullable().meta({ description: 'null: the default for the unit kind' }),
    effective: z.string().meta({ description: 'The body the deliberation stage names and records' }),
  }),
);

export const ReviewChainSettingSchema = named(
  'ReviewChainSetting',
  z.object({
    unitId: z.string(),
    reviewChain: z.string().nullable().meta({ description: "null: the campaign's review path" }),
    states: z
      .array(z.object({ id: z.string(), label: z.string() }))
      .nullable()
      .meta({ description: 'The stages of the chosen path, in order' }),
    shortfalls: z
      .array(
        z.object({
          campaignId: z.string(),
          title: z.string(),
          reportYear: z.number().int(),
          issuingUnitName: z.string(),
          missing: z.array(
            z.object({ rule: z.enum(['deliberation', 'legalReview', 'signOff']), label: z.string() }),
          ),
        }),
      )
      .meta({
        description:
          'Active campaigns asking the unit whose 内部审核流程要求 the chosen path does not keep: their reports follow the campaign’s path',
      }),
    choices: z
      .array(
        z.object({
          id: z.string(),
          states: z.array(z.object({ id: z.string(), label: z.string() })),
          campaignsShortOf: z.number().int().meta({
            description:
              'How many of the active campaigns asking the unit have a rule this path does not keep (0: it keeps them all)',
          }),
        }),
      )
      .meta({ description: 'The review paths the unit may choose (each keeps the regulation’s floor)' }),
  }),
);

export const WebhookSettingSchema = named(
  'WebhookSetting',
  z.object({ unitId: z.string(), webhookSet: z.boolean() }),
  'Whether the unit has a webhook (its URL, which carries a key, is never sent back)',
);
