import {
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AccessErrors, type Principal } from '@app/directory';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { BoardAnswers } from './board-cache/board-answers';
import { sendBoard } from './board-cache/send-board';
import { BoardQuery } from './board.dto';
import { BoardService } from './board.service';
import { CampaignId } from './campaigns.controller';
import { jsonSchemaOf, Returns, ReturnsFile } from '../http/api-response';
import { BoardSchema, SubmissionHistorySchema } from './campaigns.responses';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function download(res: Response, filename: string, contentType: string, content: Buffer): StreamableFile {
  res.setHeader('Content-Type', contentType);
  // ASCII fallback plus the UTF-8 name (RFC 6266), so every browser gets a usable Chinese file name.
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="board.${filename.split('.').pop()}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  return new StreamableFile(content);
}

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller()
export class BoardController {
  constructor(
    private readonly board: BoardService,
    private readonly answers: BoardAnswers,
  ) {}

  @Get('campaigns/:id/board')
  // Not @Returns: the answer is written as bytes (sendBoard); BoardAnswers types the board as BoardSchema.
  @HttpCode(200)
  @ApiResponse({ status: 200, description: 'Success', schema: jsonSchemaOf(BoardSchema) })
  @ApiOperation({
    summary:
      'Tracking board: every target with its light, state, holder, deadlines; totals; cascades rolled up',
    description:
      'Coordinators of the issuing unit and above. Lights: green on track, yellow due within 3 working days, red overdue. ' +
      'The ETag changes exactly when something shown changes (not with generatedAt, the instant of the answer): ' +
      'If-None-Match answers 304 while nothing shown changed. Built boards are reused while verified current. ' +
      'A withdrawn campaign’s board is its record: each target as sent to it (未报送, 已报送, 已接收, 已退回), ' +
      'nobody named to act and no stage deadline, not where the report went after.',
  })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
    @Query() query: BoardQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await sendBoard(req, res, await this.answers.answer(principal, id, query));
  }

  @Get('campaigns/:id/board.csv')
  @ReturnsFile(['text/csv'])
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The board as CSV (UTF-8 with BOM, Chinese headers), same filters' })
  async csv(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
    @Query() query: BoardQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { filename, content } = await this.board.csv(principal, id, query);
    return download(res, filename, 'text/csv; charset=utf-8', content);
  }

  @Get('campaigns/:id/board.xlsx')
  @ReturnsFile(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'])
  @ApiProduces(XLSX)
  @ApiOperation({ summary: 'The board as an Excel workbook (Chinese headers, a totals sheet), same filters' })
  async xlsx(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
    @Query() query: BoardQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { filename, content } = await this.board.xlsx(principal, id, query);
    return download(res, filename, XLSX, content);
  }

  @Get('units/:id/submission-history')
  @Returns(200, SubmissionHistorySchema)
  @ApiOperation({ summary: 'One unit’s campaign reports across years: on time, late or missing' })
  history(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => AccessErrors.notFound('Unit') })) id: string,
  ) {
    return this.board.history(principal, id);
  }
}
