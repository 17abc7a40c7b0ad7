import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/directory';
import { DisclosureService } from '@app/reports';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Returns } from '../http/api-response';
import { TimeLeft } from '../reports/time-left';
import { DisclosureTodoListSchema } from './disclosure.responses';

/** 我的待办's 政务公开: the disclosure steps waiting for the caller in its own units. */
@ApiTags('disclosure')
@ApiBearerAuth()
@Controller('disclosure')
export class DisclosureTodoController {
  constructor(
    private readonly disclosure: DisclosureService,
    private readonly timeLeft: TimeLeft,
  ) {}

  @Get('to-do')
  @Returns(200, DisclosureTodoListSchema)
  @ApiOperation({
    summary: "我的待办's 政务公开: my units' reports still to be published, and the step waiting for me",
    description:
      '保密审查 for the unit leader and reviewers of the report’s unit, 修改不予公开标注 (after a review that asked ' +
      'for changes) and 登记公开 for its drafters and unit leader; the earliest disclosure date first.',
  })
  async toDo(@CurrentPrincipal() principal: Principal) {
    const items = await this.disclosure.toDo(principal);
    const counter = await this.timeLeft.counterFor(items.map((i) => i.report.unitId));
    return {
      items: items.map(({ report, step, dueDate }) => {
        return {
          report: {
            id: report.id,
            title: report.title,
            reportYear: report.reportYear,
            unit: { id: report.unitId, name: report.unitName },
          },
          step,
          dueDate,
          workingDaysLeft: counter.workingDaysLeft(report.unitId, dueDate),
        };
      }),
    };
  }
}
