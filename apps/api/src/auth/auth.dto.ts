import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PASSWORD_POLICY_TEXT, PasswordPolicy } from './password-policy';

export class LoginDto {
  @ApiProperty({ example: 'htb-drafter' })
  @IsString()
  @Length(1, 64)
  username: string;

  @ApiProperty({ example: 'Demo@2025!x' })
  @IsString()
  @Length(1, 200)
  password: string;

  @ApiProperty({
    required: false,
    description:
      'The `deviceToken` an earlier login from this browser returned. With it, failures count against this browser only and the account-wide lock-out (for browsers never used on the account) does not apply.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  deviceToken?: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from login or the previous refresh' })
  @IsString()
  @MaxLength(200)
  refreshToken: string;
}

export class ChangePasswordDto {
  @ApiProperty({ description: 'The password in use now (the one-time password after a reset)' })
  @IsString()
  @Length(1, 200)
  currentPassword: string;

  @ApiProperty({ description: PASSWORD_POLICY_TEXT })
  @PasswordPolicy()
  newPassword: string;
}
