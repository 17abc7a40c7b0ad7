import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SectionsDto } from '../reports/reports.dto';

/** A whole report as pasted: up to 500,000 characters (a long report is about 30,000). */
const TEXT_MAX = 500_000;

export class ImportTextDto {
  @ApiProperty({ description: 'The report as pasted from Word or WPS' })
  @IsString()
  @Length(1, TEXT_MAX)
  text: string;
}

export class CheckSectionsDto {
  @ApiProperty({ type: SectionsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SectionsDto)
  sections: SectionsDto;

  @ApiPropertyOptional({
    description: 'The full text as pasted, if any: title and signature are read from it',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  fullText?: string;
}

export class CheckContentDto extends CheckSectionsDto {
  @ApiProperty({ example: 2024, description: 'The year reported on' })
  @IsInt()
  @Min(2000)
  @Max(2200)
  campaignYear: number;

  @ApiProperty({ example: '呼图壁县交通运输局' })
  @IsString()
  @Length(1, 100)
  unitName: string;
}
