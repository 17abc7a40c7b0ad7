import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { normaliseUsername } from '@app/directory';
import { ROLES, type Role } from '@app/workflow';
import { PASSWORD_POLICY_TEXT, PasswordPolicy } from '../auth/password-policy';
import { VisibleText } from '../http/visible-text';
import { NotBlank } from '../http/not-blank';

export class RoleGrantDto {
  @ApiProperty({ enum: ROLES, example: 'drafter' })
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role: Role;

  @ApiPropertyOptional({
    description:
      "The unit the role is held in. Defaults to the user's own unit; coordinator and admin may be held in the parent unit (a 司法局 coordinating its level).",
  })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

export class CreateUserDto {
  @ApiProperty()
  @IsUUID()
  unitId: string;

  @ApiProperty({ example: 'htb-drafter2' })
  // Stored as logins compare it (NFKC, trimmed, lower case, #15.8); invisible characters stay in and
  // are refused below, never silently dropped.
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? normaliseUsername(value) : value,
  )
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/, {
    message: 'username must be 3-64 lower-case letters, digits, dot, dash or underscore',
  })
  username: string;

  @ApiProperty({ example: '张三' })
  @IsString()
  @Length(1, 100)
  @NotBlank('displayName')
  @VisibleText('displayName')
  displayName: string;

  @ApiProperty({ description: PASSWORD_POLICY_TEXT })
  @PasswordPolicy()
  password: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  email?: string;

  @ApiProperty({ type: [RoleGrantDto] })
  @IsArray()
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => RoleGrantDto)
  roles: RoleGrantDto[];
}

export class ListUsersQuery {
  @ApiPropertyOptional({ description: 'Only users of this unit' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

export class PasswordResetDto {
  @ApiProperty({
    description: `A one-time password the user must change at the next login. ${PASSWORD_POLICY_TEXT}`,
  })
  @PasswordPolicy()
  password: string;
}
