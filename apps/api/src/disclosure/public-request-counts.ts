import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { FixedWindowCounts } from '../http/fixed-window-counts';

/** Requests to the public pages per client address and minute, across API processes. */
@Injectable()
export class PublicRequestCounts extends FixedWindowCounts {
  constructor(config: AppConfig) {
    super(config, 'public-requests');
  }
}
