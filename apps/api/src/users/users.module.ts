import { Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { AuthModule } from '../auth/auth.module';
import { AdminEventsController } from './admin-events.controller';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [DirectoryModule, AuthModule],
  controllers: [UsersController, AdminEventsController],
  providers: [UsersService],
})
export class UsersModule {}
