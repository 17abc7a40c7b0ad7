import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import {
  checkOutboundUrl,
  OutboundAddressRefused,
  parseAllowList,
  type CheckedTarget,
  type OutboundAllowList,
} from '@app/common';
import { AppConfig } from '@app/config';
import { postJson } from './post-json';

export interface OutgoingMessage {
  channel: 'email' | 'webhook';
  target: string;
  subject: string;
  body: string;
  link: string | null;
}

/**
 * The outside channels. Email goes over SMTP (nodemailer); the webhook posts the text-message shape
 * chat robots such as WeCom and DingTalk accept. Each send throws on failure so the job retries.
 */
@Injectable()
export class Channels implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(Channels.name);
  private mailer: Transporter | null = null;

  private readonly allowList: OutboundAllowList;

  constructor(private readonly config: AppConfig) {
    this.allowList = parseAllowList(config.env.WEBHOOK_ALLOWED_HOSTS);
  }

  /** Says clearly at start when the mail server cannot be reached; the other channels work regardless. */
  onModuleInit(): void {
    if (!this.config.env.SMTP_URL) {
      this.logger.log(
        'email channel off (SMTP_URL not set): reminders go to the in-app inbox and unit webhooks',
      );
      return;
    }
    this.mailer = createTransport(this.config.env.SMTP_URL, { from: this.config.env.SMTP_FROM });
    void this.mailer.verify().then(
      () => this.logger.log('email channel ready'),
      (error: Error) =>
        this.logger.warn(
          `email channel: cannot reach the SMTP server in SMTP_URL (${error.message}); email reminders will be retried, then dead-lettered; in-app and webhook reminders are not affected`,
        ),
    );
  }

  async send(message: OutgoingMessage): Promise<void> {
    if (message.channel === 'email') return this.email(message);
    return this.webhook(message);
  }

  private async email(message: OutgoingMessage): Promise<void> {
    if (!this.config.env.SMTP_URL) throw new Error('email channel is not configured (SMTP_URL is not set)');
    this.mailer ??= createTransport(this.config.env.SMTP_URL, { from: this.config.env.SMTP_FROM });
    await this.mailer.sendMail({
      to: message.target,
      subject: message.subject,
      text: message.link ? `${message.body}\n${message.link}` : message.body,
    });
  }

  /**
   * Posts to the unit's robot, but only to an address the operator allows (see outbound-address):
   * the URL is checked again here because DNS can change after it was saved, and the socket is
   * given the very address that was checked. What went wrong on the network goes to the log; the
   * dead-letter list (shown to admins) gets a generic text, so it cannot be used to scan ports.
   */
  private async webhook(message: OutgoingMessage): Promise<void> {
    let target: CheckedTarget;
    try {
      target = checkOutboundUrl(message.target, this.allowList);
    } catch (error) {
      this.logger.warn(`webhook refused before sending: ${(error as Error).message}`);
      throw new Error('webhook address not allowed (ask the operator about WEBHOOK_ALLOWED_HOSTS)');
    }
    const body = JSON.stringify({
      msgtype: 'text',
      text: { content: [message.subject, message.body, message.link].filter(Boolean).join('\n') },
    });
    let status: number;
    try {
      status = await postJson(target.url, body, this.config.env.WEBHOOK_TIMEOUT_MS, this.allowList);
    } catch (error) {
      if (error instanceof OutboundAddressRefused) {
        this.logger.warn(`webhook refused at send time: ${error.message}`);
        throw new Error('webhook address not allowed (ask the operator about WEBHOOK_ALLOWED_HOSTS)');
      }
      this.logger.warn(`webhook to ${target.host} unreachable: ${(error as Error).message}`);
      throw new Error('webhook unreachable');
    }
    if (status < 200 || status >= 300) throw new Error(`webhook answered ${status}`);
  }

  onModuleDestroy(): void {
    this.mailer?.close();
    this.logger.debug('channels closed');
  }
}
