import { Module } from '@nestjs/common';
import { SelfCheckRepository } from './self-check.repository';
import { SelfCheckService } from './self-check.service';
import { SystemController } from './system.controller';

@Module({ controllers: [SystemController], providers: [SelfCheckService, SelfCheckRepository] })
export class SystemModule {}
