import { Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { UnitsController } from './units.controller';
import { UnitsService } from './units.service';
import { DrafterCountsRepository } from './drafter-counts.repository';

@Module({
  imports: [DirectoryModule],
  controllers: [UnitsController],
  providers: [UnitsService, DrafterCountsRepository],
  exports: [UnitsService],
})
export class UnitsModule {}
