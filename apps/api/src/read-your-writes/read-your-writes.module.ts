import { Module } from '@nestjs/common';
import { RecentWriters } from './recent-writers';
import { ReadYourWritesInterceptor } from './read-your-writes.interceptor';

/**
 * Read replicas with read-your-writes (README, "MariaDB read replicas"). The interceptor is made
 * global by configureApp only when DATABASE_REPLICA_URLS is set: without replicas it has nothing to
 * do, and any global interceptor at all puts every request through Nest's rxjs chain (an Observable,
 * a ReplaySubject and bound async resources per request: ~2% of a transition's CPU, round 13).
 */
@Module({
  providers: [RecentWriters, ReadYourWritesInterceptor],
  exports: [ReadYourWritesInterceptor],
})
export class ReadYourWritesModule {}
