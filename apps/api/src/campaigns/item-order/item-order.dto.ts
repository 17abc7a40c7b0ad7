import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, Min } from 'class-validator';

/** PUT /campaigns/:id/item-order: the permutation itself is checked by itemOrderOf (400 ITEM_ORDER_INVALID). */
export class PutItemOrderDto {
  @ApiProperty({ description: 'The item order version read (0 while never changed after issuing)' })
  @IsInt()
  @Min(0)
  expectedVersion: number;

  @ApiProperty({ example: [3, 1, 2, 4, 5], type: [Number], description: 'Each of the items 1-5 once' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  itemOrder: number[];
}
