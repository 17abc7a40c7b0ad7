import { Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from './clock';

/** Process-wide basics; tests replace Clock with a ManualClock. */
// Global: the clock is read by nearly every provider, and tests swap it once for the whole app.
@Global()
@Module({
  providers: [{ provide: Clock, useClass: SystemClock }],
  exports: [Clock],
})
export class CommonModule {}
