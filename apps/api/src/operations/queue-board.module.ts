import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule, InjectBullBoard, type BullBoardInstance } from '@bull-board/nestjs';
import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { JobProducer, QUEUES } from '@app/queue';
import { AuthModule } from '../auth/auth.module';
import { AuthService } from '../auth/auth.service';
import { BOARD_PATH, queueBoardGuard } from './queue-board-access';
import { QueueBoardSessionController } from './queue-board-session.controller';

/**
 * Adds the queues to the board with the configured read-only mode (forFeature's options are fixed
 * at import time, before the settings are known), so the board itself hides and refuses the
 * buttons that change jobs, as the guard does.
 */
@Injectable()
class QueueBoardQueues implements OnModuleInit {
  constructor(
    @InjectBullBoard() private readonly board: BullBoardInstance,
    private readonly producer: JobProducer,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    for (const name of Object.values(QUEUES)) {
      this.board.addQueue(
        new BullMQAdapter(this.producer.queue(name), { readOnlyMode: this.config.env.QUEUE_BOARD_READ_ONLY }),
      );
    }
  }
}

/** Bull Board (the queue dashboard) at /admin/queues, for root-level administrators. */
@Module({
  imports: [
    BullBoardModule.forRootAsync({
      imports: [AuthModule],
      inject: [AuthService, AppConfig],
      useFactory: (auth: AuthService, config: AppConfig) => ({
        route: BOARD_PATH,
        adapter: ExpressAdapter,
        middleware: queueBoardGuard(auth, () => config.env.QUEUE_BOARD_READ_ONLY),
      }),
    }),
  ],
  controllers: [QueueBoardSessionController],
  providers: [QueueBoardQueues],
})
export class QueueBoardModule {}
