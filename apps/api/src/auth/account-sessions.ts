import { Injectable } from '@nestjs/common';
import { LoginDeviceRepository } from './login-device.repository';
import { SessionRepository } from './session.repository';

/** Why an administrator's change to an account ends its sessions. */
export type AccountChangeEndingSessions = 'deactivated' | 'password-reset';

/**
 * What other modules may do to login sessions: the auth module keeps its tables to itself, so the
 * user administration asks here instead of writing `sessions` or `login_devices`. Joins the
 * caller's transaction.
 */
@Injectable()
export class AccountSessions {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly devices: LoginDeviceRepository,
  ) {}

  /**
   * Ends every open session of the user at once (their next request answers 401). A password reset
   * also forgets the browsers the account was used from: a device token copied from a compromised
   * one must not keep bypassing the account's lock-out.
   */
  async endAllOf(userId: string, reason: AccountChangeEndingSessions, now: Date): Promise<void> {
    await this.sessions.revokeAllOfUser({ userId, reason, now });
    if (reason === 'password-reset') await this.devices.forgetAllOf(userId);
  }

  /** An administrator's unlock opens the account everywhere, its known browsers included. */
  unlockDevicesOf(userId: string): Promise<void> {
    return this.devices.unlockAllOf(userId);
  }
}
