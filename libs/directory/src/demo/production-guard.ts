import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { UserRepository } from '../user.repository';
import { DemoDataInProductionError, findDemoExposure } from './demo-exposure';

/**
 * Both apps refuse to run in production while the demo's accounts or its published password are
 * active (#15.11): anyone who has read the README could otherwise log in. Runs before the API
 * listens and before the worker takes a job (module init comes before either).
 */
@Injectable()
export class DemoDataProductionGuard implements OnModuleInit {
  constructor(
    private readonly config: AppConfig,
    private readonly users: UserRepository,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.isProduction) return;
    const exposure = await findDemoExposure(this.users);
    if (exposure.demoAccounts.length + exposure.demoPassword.length > 0)
      throw new DemoDataInProductionError(exposure);
  }
}
