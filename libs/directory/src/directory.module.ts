import { Module } from '@nestjs/common';
import { AdminEventRepository } from './admin-event.repository';
import { DemoDataProductionGuard } from './demo/production-guard';
import { DrafterCountsRepository } from './drafter-counts.repository';
import { UnitRepository } from './unit.repository';
import { UserRepository } from './user.repository';

/**
 * Units, users and roles: read by the API (access control, admin) and the worker (who to notify).
 * Imported by each module that uses it. Exports the three repositories because their consumers read
 * and change units, users and the admin log directly; the access policy is plain functions from
 * `@app/directory`, not a provider. The demo-data guard stays inside.
 */
@Module({
  providers: [
    UnitRepository,
    UserRepository,
    AdminEventRepository,
    DrafterCountsRepository,
    DemoDataProductionGuard,
  ],
  exports: [UnitRepository, UserRepository, AdminEventRepository, DrafterCountsRepository],
})
export class DirectoryModule {}
