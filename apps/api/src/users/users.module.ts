import { Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { AdminEventsController } from './admin-events.controller';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [DirectoryModule],
  controllers: [UsersController, AdminEventsController],
  providers: [UsersService],
})
export class UsersModule {}
