import { Module } from '@nestjs/common';
import { AdminEventsController } from './admin-events.controller';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({ controllers: [UsersController, AdminEventsController], providers: [UsersService] })
export class UsersModule {}
