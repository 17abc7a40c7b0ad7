import { Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { UnitsController } from './units.controller';
import { UnitsService } from './units.service';

@Module({
  imports: [DirectoryModule],
  controllers: [UnitsController],
  providers: [UnitsService],
  exports: [UnitsService],
})
export class UnitsModule {}
