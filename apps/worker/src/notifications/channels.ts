import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '@app/config';

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

  constructor(private readonly config: AppConfig) {}

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

  private async webhook(message: OutgoingMessage): Promise<void> {
    let url: URL;
    try {
      url = new URL(message.target);
      if (!/^https?:$/.test(url.protocol)) throw new Error('not http(s)');
    } catch {
      throw new Error(`webhook URL is invalid: ${message.target}`);
    }
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        msgtype: 'text',
        text: { content: [message.subject, message.body, message.link].filter(Boolean).join('\n') },
      }),
      signal: AbortSignal.timeout(this.config.env.WEBHOOK_TIMEOUT_MS),
      redirect: 'error',
    });
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  }

  onModuleDestroy(): void {
    this.mailer?.close();
    this.logger.debug('channels closed');
  }
}
