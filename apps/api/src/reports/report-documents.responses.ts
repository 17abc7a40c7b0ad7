import { z } from 'zod/v4';
import { SECTION_KEYS } from '@app/content';
import { named } from '../http/api-response';

const Section = z.enum(SECTION_KEYS as [string, ...string[]]);
const Item = z.number().int().min(1).max(5);

const HeadingFixSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('replace'), text: z.string() }),
  z.object({ action: z.literal('remove') }),
  z.object({ action: z.literal('move_to_top'), text: z.string() }),
]);

export const DocumentCheckSchema = named(
  'DocumentCheck',
  z.object({
    revision: z.number().int(),
    headings: z.array(
      z.object({
        item: Item,
        section: Section,
        line: z.number().int().describe('1-based line of the section text'),
        problem: z.enum(['misnumbered', 'duplicated', 'extra_heading', 'number_lost']),
        written: z.string(),
        printedAs: z.string().describe('The heading as the export prints it without the fix'),
        message: z.string(),
        fix: HeadingFixSchema.nullable(),
      }),
    ),
    removals: z.array(
      z.object({
        section: Section,
        line: z.number().int(),
        text: z.string(),
        reason: z.enum(['page_source_line', 'word_bookmark', 'view_counter', 'page_controls']),
      }),
    ),
    punctuationChanges: z.number().int(),
    itemOrder: z.array(Item),
    withholdMarkers: z
      .array(
        z.object({
          where: z.union([Section, z.literal('title')]),
          line: z.number().int().describe('1-based line of the section text (or the title)'),
          kind: z.enum(['unclosed', 'unopened', 'nested', 'unrecognised', 'lookalike']),
          near: z.string().describe('Up to 20 characters before the marker, and the marker'),
          message: z.string().describe('The problem and what to do, in Chinese'),
        }),
      )
      .describe(
        '不予公开 markers that do not pair up or cannot be read: the public version is refused until fixed',
      ),
  }),
  'What the export will change, and heading problems with their fixes, before the document is sent',
);

export const AppliedFixesSchema = named(
  'AppliedDocumentFixes',
  z.object({
    revision: z.number().int().nullable().describe('The new revision, or null when nothing changed'),
    headingFixes: z.number().int(),
    removals: z.number().int(),
    punctuationChanges: z.number().int(),
  }),
  'The fixes of the check before export, applied as a new revision',
);

export const ReportAddresseesSchema = named(
  'ReportAddressees',
  z.object({
    main: z.array(z.string()).meta({
      description:
        '主送: the units and bodies the report is addressed to if dispatched now; empty when nobody would receive it',
    }),
    copy: z.array(z.string()).meta({ description: '抄送: those it is copied to' }),
    statutory: z
      .object({
        main: z.array(z.string()).meta({ description: '主送 by the routing table' }),
        copy: z.array(z.string()).meta({ description: '抄送 by the routing table' }),
      })
      .nullable()
      .meta({
        description:
          'When no campaign asks for the report: whom the regulation has the unit report to (main and copy ' +
          'above are then the unit it goes up to by default, which may differ); null when campaigns address it',
      }),
    writtenInText: z.string().nullable().meta({
      description:
        'The 主送 line the drafter typed in the current revision (县委、县人大常委会：): the 公文 prints it instead of main; null when the text has none',
    }),
  }),
  'Whom the report goes to if it is dispatched now, as its 公文 will print them (主送 and 抄送)',
);
