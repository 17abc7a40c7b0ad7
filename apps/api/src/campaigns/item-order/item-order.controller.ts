import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/directory';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { Returns } from '../../http/api-response';
import { CampaignId } from '../campaigns.controller';
import { PutItemOrderDto } from './item-order.dto';
import { CampaignItemOrders } from './item-order.service';
import { CampaignItemOrderSchema } from './item-order.responses';

/** The order a campaign's reports print the five items in (一、二、三…; some provinces want item 3 first). */
@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns/:id/item-order')
export class ItemOrderController {
  constructor(private readonly orders: CampaignItemOrders) {}

  @Get()
  @Returns(200, CampaignItemOrderSchema)
  @ApiOperation({ summary: "The campaign's item order (the board's readers)" })
  get(@CurrentPrincipal() principal: Principal, @Param('id', CampaignId()) id: string) {
    return this.orders.get(principal, id);
  }

  @Put()
  @Returns(200, CampaignItemOrderSchema)
  @ApiOperation({
    summary: 'Change the item order (coordinator of the issuing unit), with expectedVersion; recorded',
    description:
      'Each of 1-5 once (400 ITEM_ORDER_INVALID); 409 ITEM_ORDER_LOCKED once a report has been dispatched to the campaign; 409 ITEM_ORDER_STALE_VERSION when someone changed it first.',
  })
  put(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
    @Body() body: PutItemOrderDto,
  ) {
    return this.orders.put(principal, id, body);
  }
}
