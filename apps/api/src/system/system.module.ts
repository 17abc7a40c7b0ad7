import { Module } from '@nestjs/common';
import { SelfCheckService } from './self-check.service';
import { SystemController } from './system.controller';

@Module({ controllers: [SystemController], providers: [SelfCheckService] })
export class SystemModule {}
