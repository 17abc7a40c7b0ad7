import { z } from 'zod/v4';
import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AppError } from '@app/common';
import type { Principal } from '@app/directory';
import { ROLES, type Role } from '@app/workflow';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { CreateUserDto, ListUsersQuery, PasswordResetDto, RoleGrantDto } from './users.dto';
import { Returns } from '../http/api-response';
import { UserViewSchema } from './users.responses';
import { UsersService, type UserView } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @Returns(201, UserViewSchema)
  @ApiOperation({ summary: 'Create a user in a unit I administer, with roles' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateUserDto): Promise<UserView> {
    return this.users.create(principal, body);
  }

  @Get()
  @Returns(200, z.array(UserViewSchema))
  @ApiOperation({ summary: 'Users in my admin subtree (or of one unit)' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListUsersQuery): Promise<UserView[]> {
    return this.users.list(principal, query.unitId);
  }

  @Get(':id')
  @Returns(200, UserViewSchema)
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<UserView> {
    return this.users.get(principal, id);
  }

  @Post(':id/roles')
  @Returns(201, UserViewSchema)
  @ApiOperation({ summary: 'Grant a role (recorded)' })
  grant(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RoleGrantDto,
  ): Promise<UserView> {
    return this.users.grantRole(principal, id, body);
  }

  @Delete(':id/roles/:role')
  @Returns(200, UserViewSchema)
  @ApiOperation({ summary: 'Remove a role (recorded)' })
  @ApiQuery({ name: 'unitId', required: false })
  remove(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('role') role: string,
    @Query('unitId', new ParseUUIDPipe({ optional: true })) unitId?: string,
  ): Promise<UserView> {
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new AppError(400, 'VALIDATION_FAILED', `role must be one of: ${ROLES.join(', ')}`);
    }
    return this.users.removeRole(principal, id, role as Role, unitId);
  }

  @Post(':id/deactivate')
  @Returns(200, UserViewSchema)
  @ApiOperation({ summary: 'Deactivate (history is kept; sessions end at once)' })
  deactivate(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<UserView> {
    return this.users.setActive(principal, id, false);
  }

  @Post(':id/activate')
  @Returns(200, UserViewSchema)
  activate(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<UserView> {
    return this.users.setActive(principal, id, true);
  }

  @Post(':id/unlock')
  @Returns(200, UserViewSchema)
  @ApiOperation({ summary: 'Clear a lock-out after failed logins (recorded)' })
  unlock(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<UserView> {
    return this.users.unlock(principal, id);
  }

  @Post(':id/password')
  @Returns(200, UserViewSchema)
  @ApiOperation({
    summary:
      'Set a one-time password (recorded, never stored in clear): the user must change it at the next login; their sessions end and a lock-out is cleared',
  })
  resetPassword(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: PasswordResetDto,
  ): Promise<UserView> {
    return this.users.resetPassword(principal, id, body.password);
  }
}
