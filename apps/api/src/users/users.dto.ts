import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
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
import { ROLES, type Role } from '@app/workflow';

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
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/, {
    message: 'username must be 3-64 lower-case letters, digits, dot, dash or underscore',
  })
  username: string;

  @ApiProperty({ example: '张三' })
  @IsString()
  @Length(1, 100)
  displayName: string;

  @ApiProperty({ description: 'At least 10 characters with a letter and a digit' })
  @IsString()
  @Length(10, 200)
  // Anchored: unanchored lookaheads rescan the rest of the text from every position, so a long
  // password took minutes of CPU (every validator runs, not only the first that fails).
  @Matches(/^(?=.*[A-Za-z])(?=.*\d)/s, { message: 'password must contain a letter and a digit' })
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
