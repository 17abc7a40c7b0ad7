import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { RecentWriters } from './recent-writers';
import { ReadYourWritesInterceptor } from './read-your-writes.interceptor';

/** Read replicas with read-your-writes (README, "MariaDB read replicas"). */
@Module({
  providers: [RecentWriters, { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor }],
})
export class ReadYourWritesModule {}
