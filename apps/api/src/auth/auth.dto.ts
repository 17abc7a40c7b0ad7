import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'htb-drafter' })
  @IsString()
  @Length(1, 64)
  username: string;

  @ApiProperty({ example: 'Demo@2025!x' })
  @IsString()
  @Length(1, 200)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from login or the previous refresh' })
  @IsString()
  @MaxLength(200)
  refreshToken: string;
}
