import { Global, Module } from '@nestjs/common';
import { AdminEventRepository } from './admin-event.repository';
import { DemoDataProductionGuard } from './demo/production-guard';
import { UnitRepository } from './unit.repository';
import { UserRepository } from './user.repository';

/** Units, users and roles: read by the API (access control, admin) and the worker (who to notify). */
@Global()
@Module({
  providers: [UnitRepository, UserRepository, AdminEventRepository, DemoDataProductionGuard],
  exports: [UnitRepository, UserRepository, AdminEventRepository],
})
export class DirectoryModule {}
