import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

/**
 * 内部审核流程要求: what the targets' own review chains must keep. An absent rule is the campaign
 * above's (a cascade), else its path's safeguard; 集体审议 and 签发 cannot be false (the regulation).
 */
export class ChainRulesDto {
  @ApiPropertyOptional({
    description: '集体审议: the chain records the deliberation meeting; cannot be false',
  })
  @IsOptional()
  @IsBoolean()
  deliberation?: boolean;

  @ApiPropertyOptional({
    description:
      '法律顾问审查: the chain has the legal adviser’s review; false lets a unit whose chain skips it keep its own',
  })
  @IsOptional()
  @IsBoolean()
  legalReview?: boolean;

  @ApiPropertyOptional({ description: '主要负责人签发: the principal leader signs off; cannot be false' })
  @IsOptional()
  @IsBoolean()
  signOff?: boolean;
}
