import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Min } from 'class-validator';
import type { Response } from 'express';
import { localDateOf } from '@app/calendar';
import { Clock } from '@app/common';
import {
  applyDocumentFixes,
  checkDocument,
  DisclosureMarkupError,
  exportReportDocx,
  publicText,
  writtenAddressee,
} from '@app/content';
import { AccessErrors, type Principal } from '@app/directory';
import {
  DispatchAddressees,
  DraftingService,
  ReportAccess,
  ReportErrors,
  RevisionRepository,
  type Revision,
} from '@app/reports';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ReportDocumentErrors } from './report-documents.errors';
import { Returns, ReturnsFile } from '../http/api-response';
import { DispatchHeaders } from './report-documents.dispatch';
import { ReportItemOrder } from './report-documents.item-order';
import {
  AppliedFixesSchema,
  DocumentCheckSchema,
  ReportAddresseesSchema,
} from './report-documents.responses';
import { FollowThroughSchema } from './reports.responses';
import { FollowThroughService } from './follow-through.service';

const ITEM_ORDER = {
  description:
    'The order the five items are printed in, as item numbers separated by commas (some provinces want ' +
    '3,1,2,4,5); each of 1-5 exactly once, else 400 ITEM_ORDER_INVALID. Default: the order set on the ' +
    'campaign the report answers (see campaignId), else 1,2,3,4,5',
  example: '3,1,2,4,5',
};

class ItemOrderQuery {
  @ApiPropertyOptional(ITEM_ORDER)
  @IsOptional()
  @IsString()
  @Matches(/^[\d,\s]{0,30}$/, { message: 'itemOrder is item numbers separated by commas, e.g. 3,1,2,4,5' })
  itemOrder?: string;

  @ApiPropertyOptional({
    description:
      'Without itemOrder: print in the item order of this campaign the report answers (400 EXPORT_CAMPAIGN_UNKNOWN ' +
      'for another); default the earliest issued campaign the report answers',
  })
  @IsOptional()
  @IsUUID()
  campaignId?: string;
}

class ExportQuery extends ItemOrderQuery {
  @ApiPropertyOptional({ enum: ['internal', 'public'], default: 'internal' })
  @IsOptional()
  @IsIn(['internal', 'public'])
  version?: 'internal' | 'public';
}

class ApplyFixesDto extends ItemOrderQuery {
  @ApiProperty({
    example: 3,
    description: 'The revision the drafter checked; a stale one is refused with 409 (as every save)',
  })
  @IsInt()
  @Min(1)
  basedOnRevision: number;

  @ApiPropertyOptional({ default: true, description: 'Apply the proposed heading fixes' })
  @IsOptional()
  @IsBoolean()
  headings?: boolean;

  @ApiPropertyOptional({
    default: false,
    description: 'Also remove the listed debris and set full-width punctuation in the stored text',
  })
  @IsOptional()
  @IsBoolean()
  cleanup?: boolean;
}

const Id = () => new ParseUUIDPipe({ exceptionFactory: () => ReportErrors.notFound() });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The report as an official document, and last year's plan held against this year's results. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/:id')
export class ReportDocumentsController {
  constructor(
    private readonly access: ReportAccess,
    private readonly revisions: RevisionRepository,
    private readonly drafting: DraftingService,
    private readonly dispatch: DispatchHeaders,
    private readonly itemOrders: ReportItemOrder,
    private readonly addresseesOf: DispatchAddressees,
    private readonly clock: Clock,
    private readonly followThroughs: FollowThroughService,
  ) {}

  /** The revision a reader sees: a copy recipient the latest one dispatched to it. */
  private async readableRevision(principal: Principal, id: string) {
    const readable = await this.access.readable(principal, id);
    const { report, copy } = readable;
    const number = copy ? copy.latest.revision : report.currentRevision;
    const revision = number > 0 ? await this.revisions.find(id, number) : null;
    if (!revision) throw ReportErrors.noRevisionYet();
    return { ...readable, revision };
  }

  @Get('export.docx')
  @ReturnsFile([DOCX])
  @ApiOperation({
    summary:
      'The current revision as a .docx laid out per GB/T 9704: 文号 and 签发人, 主送, the items in itemOrder ' +
      'with their headings numbered by position, clean text (no web-page debris, full-width punctuation in ' +
      'Chinese text), signature and 版记 (抄送, 印发); version=public omits every passage marked ' +
      '【不予公开】…【/不予公开】 (inline or across paragraphs) and answers 422 DISCLOSURE_MARKERS_UNBALANCED, ' +
      'naming the section and line, when the markers do not pair up or 不予公开 stands where it cannot be read as a marker',
  })
  async export(
    @CurrentPrincipal() principal: Principal,
    @Param('id', Id()) id: string,
    @Query() query: ExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { report, unit, coReportingUnit, copy, revision } = await this.readableRevision(principal, id);
    const itemOrder = await this.itemOrders.of(id, query);
    // A copy recipient exports the latest revision dispatched to it, dated the day it was sent.
    const buffer = await exportReportDocx(
      {
        title: revision.title,
        unitName: unit.name,
        coReportingUnitName: coReportingUnit?.name,
        date: localDateOf(copy?.latest.dispatchedAt ?? report.submittedAt ?? this.clock.now()),
        sections: revision.sections,
      },
      {
        publicVersion: query.version === 'public',
        itemOrder,
        dispatch: await this.dispatch.dispatchHeaderFor(report, unit, copy?.latest.eventSeq),
      },
    ).catch((error: unknown) => {
      if (error instanceof DisclosureMarkupError)
        throw ReportDocumentErrors.disclosureMarkers(error.problems);
      throw error;
    });
    // The file name carries the title too: the public one without its withheld passages.
    const title = query.version === 'public' ? publicText(revision.title, 'title') : revision.title;
    const name = `${title}${query.version === 'public' ? '（公开版）' : ''}.docx`;
    res.setHeader('Content-Type', DOCX);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    return new StreamableFile(buffer);
  }

  @Get('document/check')
  @Returns(200, DocumentCheckSchema)
  @ApiOperation({
    summary:
      'The check before export: headings that would be printed twice or with another number than written, ' +
      'each with a proposed fix, and the debris and punctuation the export changes',
  })
  async check(
    @CurrentPrincipal() principal: Principal,
    @Param('id', Id()) id: string,
    @Query() query: ItemOrderQuery,
  ) {
    const { revision } = await this.readableRevision(principal, id);
    const itemOrder = await this.itemOrders.of(id, query);
    return { revision: revision.number, ...checkDocument(revision, itemOrder) };
  }

  @Get('addressees')
  @Returns(200, ReportAddresseesSchema)
  @ApiOperation({
    summary:
      'Whom the report goes to if it is dispatched now (主送, 抄送), as its 公文 will print them: the campaigns it ' +
      'answers, else the unit it goes up to and its level’s rule-of-law office; 403 for a reader that sees only ' +
      'what was dispatched to it (its 公文 names them)',
  })
  async addressees(@CurrentPrincipal() principal: Principal, @Param('id', Id()) id: string) {
    const { report, unit, copy } = await this.access.readable(principal, id);
    if (copy)
      throw AccessErrors.roleRequired(
        "Only the report's own unit and the units above it see whom its dispatch goes to",
        ['drafter'],
      );
    const current = report.currentRevision > 0 ? await this.revisions.find(id, report.currentRevision) : null;
    return {
      ...(await this.addresseesOf.ifDispatchedNow(report, unit)),
      writtenInText: current ? writtenAddressee(current) : null,
    };
  }

  @Post('document/fixes')
  @Returns(201, AppliedFixesSchema)
  @ApiOperation({
    summary:
      "Apply the check's fixes as a new revision (the drafter's action; normal revision rules: only while " +
      'drafting, 409 when basedOnRevision is stale). revision is null when there was nothing to change',
  })
  async applyFixes(
    @CurrentPrincipal() principal: Principal,
    @Param('id', Id()) id: string,
    @Body() body: ApplyFixesDto,
  ) {
    const { report } = await this.access.writable(principal, id, 'report.edit');
    const itemOrder = await this.itemOrders.of(id, body);
    if (report.currentRevision !== body.basedOnRevision)
      throw ReportErrors.staleRevision(report.currentRevision, body.basedOnRevision);
    const checked: Revision | null = await this.revisions.find(id, body.basedOnRevision);
    if (!checked) throw ReportErrors.noRevisionYet();
    const fixed = applyDocumentFixes(checked, {
      itemOrder,
      headings: body.headings ?? true,
      cleanup: body.cleanup ?? false,
    });
    const counts = {
      headingFixes: fixed.headingFixes,
      removals: fixed.removals,
      punctuationChanges: fixed.punctuationChanges,
    };
    const unchanged =
      fixed.title === checked.title &&
      Object.entries(fixed.sections).every(
        ([k, v]) => checked.sections[k as keyof typeof fixed.sections] === v,
      );
    if (unchanged) return { revision: null, ...counts };
    // The save path keeps every rule of a save: drafting only, based on the revision checked, audited.
    const saved = await this.drafting.save(principal, id, {
      basedOnRevision: body.basedOnRevision,
      title: fixed.title,
      sections: fixed.sections,
    });
    return { revision: saved.number, ...counts };
  }

  @Get('follow-through')
  @Returns(200, FollowThroughSchema)
  @ApiOperation({
    summary:
      "Last year's plan (item 4 of the same unit's previous report) against this year's measures, with the evidence",
  })
  followThrough(@CurrentPrincipal() principal: Principal, @Param('id', Id()) id: string) {
    return this.followThroughs.of(principal, id);
  }
}
