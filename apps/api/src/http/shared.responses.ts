import { z } from 'zod/v4';
import { SECTION_KEYS } from '@app/content';
import { UNIT_KINDS, UNIT_LEVELS } from '@app/directory';
import { ACTION_FIELDS, DERIVED_ROLES, ROLES, type ActionField } from '@app/workflow';
import { named, timestamp } from './api-response';

/** Response shapes several areas share; each area's own live next to its controller (*.responses.ts). */

export const RoleSchema = named('Role', z.enum(ROLES), 'A role a user holds in a unit');
export const WorkflowRoleSchema = named(
  'WorkflowRole',
  z.enum([...ROLES, ...DERIVED_ROLES]),
  'A role a step is taken in: one a user holds, or co_reporting_leader (the principal leader of a joint report’s 党委)',
);
export const UnitKindSchema = named('UnitKind', z.enum(UNIT_KINDS));
export const UnitLevelSchema = named('UnitLevel', z.enum(UNIT_LEVELS));
export const SectionKeySchema = named(
  'SectionKey',
  z.enum(SECTION_KEYS as readonly ['measures', 'shortcomings', 'leadersDuty', 'nextYearPlan', 'other']),
  'The five statutory sections, in statutory order',
);
export const ActionFieldSchema = named(
  'ActionField',
  z.enum(Object.keys(ACTION_FIELDS) as [ActionField, ...ActionField[]]),
  'An extra field a workflow action may require',
);
export const StatutoryItemSchema = named('StatutoryItem', z.literal([1, 2, 3, 4, 5]));

export const ReportSectionsSchema = named(
  'ReportSections',
  z.object({
    measures: z.string(),
    shortcomings: z.string(),
    leadersDuty: z.string(),
    nextYearPlan: z.string(),
    other: z.string(),
  }),
);

export const UnitRefSchema = named('UnitRef', z.object({ id: z.string(), name: z.string() }));

export const UnitSchema = named(
  'Unit',
  z.object({
    id: z.string(),
    parentId: z.string().nullable(),
    path: z.string(),
    depth: z.number().int(),
    name: z.string(),
    kind: UnitKindSchema,
    level: UnitLevelSchema,
    divisionCode: z.string().nullable(),
    demonstrationArea: z.boolean(),
    /** The 司法局 whose staff run a 依法治X办; null for every other unit. */
    housedInUnitId: z.string().nullable(),
    deliberationBody: z
      .string()
      .nullable()
      .optional()
      .meta({ description: 'The body that deliberates its report; null: the default for its kind' }),
    reviewChain: z
      .string()
      .nullable()
      .optional()
      .meta({ description: "The review path it chose for new reports; null: the campaign's" }),
    createdAt: timestamp(),
  }),
);

/** Free-form JSON an event or a job recorded (its keys depend on the action). */
export const JsonObjectSchema = z.record(z.string(), z.unknown());
