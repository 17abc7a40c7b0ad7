import { z } from 'zod/v4';
import { named, timestamp } from '../http/api-response';

/** What the holiday-schedule (节假日安排) administration answers. */

export const MissingScheduleSchema = named(
  'MissingSchedule',
  z.object({
    region: z
      .string()
      .nullable()
      .meta({ description: 'null: the State Council schedule; else a division code prefix' }),
    year: z.number().int(),
    warnFrom: z.string().meta({ format: 'date' }),
    warn: z.boolean().meta({ description: 'The console shows the banner now' }),
  }),
  'A year (current or next) without a holiday schedule',
);

export const MissingSchedulesSchema = named(
  'MissingSchedules',
  z.object({ today: z.string().meta({ format: 'date' }), missing: z.array(MissingScheduleSchema) }),
);

const ScheduleYearStatusSchema = named(
  'ScheduleYearStatus',
  z.object({
    year: z.number().int(),
    origin: z.enum(['entered', 'file']),
    entryId: z.string().optional(),
    enteredBy: z.string().optional(),
    enteredAt: timestamp().optional(),
    overridesFile: z.boolean().optional(),
  }),
);

export const CalendarOverviewSchema = named(
  'CalendarOverview',
  z.object({
    today: z.string().meta({ format: 'date' }),
    places: z.array(
      z.object({
        unitId: z.string(),
        unitName: z.string(),
        root: z.boolean(),
        region: z.string().nullable(),
      }),
    ),
    national: z.array(ScheduleYearStatusSchema).nullable(),
    regions: z.array(z.object({ region: z.string(), years: z.array(ScheduleYearStatusSchema) })),
    missing: z.array(MissingScheduleSchema),
  }),
);

export const ScheduleEntrySchema = named(
  'ScheduleEntry',
  z.object({
    id: z.string(),
    region: z.string().nullable(),
    year: z.number().int(),
    withdrawn: z.boolean(),
    enteredBy: z.string(),
    enteredAt: timestamp(),
  }),
);

export const EnteredScheduleSchema = named(
  'EnteredSchedule',
  ScheduleEntrySchema.extend({
    replaced: z
      .enum(['entry', 'file'])
      .nullable()
      .meta({ description: 'What the entry replaced, if anything' }),
  }),
);

export const CalendarYearsSchema = named(
  'CalendarYears',
  z.object({
    today: z.string().meta({ format: 'date', description: 'Today in China' }),
    scheduledYears: z.array(z.number().int()).meta({
      description:
        "Years whose State Council holiday schedule is in force; another year's working days are counted Monday to Friday",
    }),
  }),
);

export const CalendarDaySchema = named(
  'CalendarDay',
  z.object({
    date: z.string().meta({ format: 'date' }),
    weekday: z.number().int().min(1).max(7).meta({ description: '1 = Monday … 7 = Sunday' }),
    isWorkingDay: z.boolean(),
    kind: z.enum([
      'weekday',
      'weekend',
      'holiday',
      'swapped-workday',
      'regional-holiday',
      'regional-workday',
    ]),
    name: z
      .string()
      .nullable()
      .meta({ description: 'The holiday, or the holiday a worked weekend day makes up for' }),
    scheduled: z.boolean().meta({
      description:
        "Whether that year's State Council schedule is in force (if not, Monday to Friday is assumed)",
    }),
  }),
  "A day of the working-day calendar, with the caller's own region's extra days",
);
