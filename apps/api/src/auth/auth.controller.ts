import { Body, Controller, Get, Ip, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UnitRepository, type Principal } from '@app/directory';
import { ChangePasswordDto, LoginDto, RefreshDto } from './auth.dto';
import { AllowedBeforePasswordChange, Public } from './auth.guard';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { AuthService, type LoginResult, type TokenPair } from './auth.service';
import { CurrentPrincipal } from './current-principal.decorator';
import { Returns, ReturnsNothing } from '../http/api-response';
import { LoginResultSchema, MeSchema, TokenPairSchema } from './auth.responses';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly units: UnitRepository,
  ) {}

  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Post('auth/login')
  @Returns(200, LoginResultSchema)
  @ApiOperation({
    summary:
      'Log in; throttled per account, and per client address on its failed logins (a browser known to the account still gets in); locked after repeated failures, per account for unknown browsers and per browser for known ones',
  })
  login(@Body() body: LoginDto, @Ip() clientAddress: string): Promise<LoginResult> {
    return this.auth.login({
      username: body.username,
      password: body.password,
      deviceToken: body.deviceToken,
      clientAddress,
    });
  }

  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Post('auth/refresh')
  @Returns(200, TokenPairSchema)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair (the old refresh token stops working)' })
  refresh(@Body() body: RefreshDto, @Ip() clientAddress: string): Promise<TokenPair> {
    return this.auth.refresh(body.refreshToken, clientAddress);
  }

  @UseGuards(LoginThrottlerGuard)
  @Post('auth/password')
  @ReturnsNothing()
  @AllowedBeforePasswordChange()
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Change my password (the current one is required); my other sessions end, this one goes on. Also replaces a one-time password set by an administrator.',
  })
  async changePassword(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ChangePasswordDto,
  ): Promise<void> {
    await this.auth.changePassword(principal, body.currentPassword, body.newPassword);
  }

  @Post('auth/logout')
  @ReturnsNothing()
  @AllowedBeforePasswordChange()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End this session: its refresh token and access tokens stop working' })
  async logout(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.auth.logout(principal);
  }

  @Get('me')
  @Returns(200, MeSchema)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who I am, my unit and my roles' })
  async me(@CurrentPrincipal() principal: Principal) {
    const unitIds = [...new Set([principal.unitId, ...principal.roles.map((r) => r.unitId)])];
    const units = await this.units.findByIds(unitIds);
    const nameOf = (id: string) => units.find((u) => u.id === id)?.name ?? null;
    const unit = units.find((u) => u.id === principal.unitId)!;
    return {
      id: principal.userId,
      username: principal.username,
      displayName: principal.displayName,
      unit: { id: unit.id, name: unit.name, kind: unit.kind, level: unit.level, parentId: unit.parentId },
      roles: principal.roles.map((r) => ({ role: r.role, unitId: r.unitId, unitName: nameOf(r.unitId) })),
    };
  }
}
