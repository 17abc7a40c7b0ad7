import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Injectable } from '@nestjs/common';
import { Clock, newId } from '@app/common';
import { AppConfig } from '@app/config';
import type { Principal } from '@app/directory';
import { Transactions } from '@app/persistence';
import { CampaignAccess } from './campaign-access';
import { CampaignEventRepository } from './campaign-event.repository';
import { CampaignErrors } from './campaign.errors';
import { CampaignRepository } from './campaign.repository';
import { uploadedFileName } from '../http/uploaded-file-name';

/** Notice files (通知文件) are recognised by their first bytes, not by the name the browser sends. */
const TYPES: Record<string, { contentType: string; magic: number[] }> = {
  pdf: { contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  ofd: { contentType: 'application/ofd', magic: [0x50, 0x4b, 0x03, 0x04] },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  doc: { contentType: 'application/msword', magic: [0xd0, 0xcf, 0x11, 0xe0] },
};
export const NOTICE_EXTENSIONS = Object.keys(TYPES);
/** What a notice file download is sent as (the OpenAPI document lists them). */
export const NOTICE_CONTENT_TYPES = [...new Set(Object.values(TYPES).map((type) => type.contentType))];

export function recogniseNotice(filename: string, content: Buffer): string | null {
  const type = TYPES[filename.toLowerCase().split('.').pop() ?? ''];
  if (!type) return null;
  return type.magic.every((byte, i) => content[i] === byte) ? type.contentType : null;
}

/** The launching notice's attached file: one per campaign (a new upload replaces it), stored on disk. */
@Injectable()
export class NoticeFilesService {
  private readonly root: string;

  constructor(
    private readonly transactions: Transactions,
    private readonly campaigns: CampaignRepository,
    private readonly events: CampaignEventRepository,
    private readonly access: CampaignAccess,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.root = resolve(config.env.ATTACHMENT_DIR, 'campaigns');
  }

  async attach(
    principal: Principal,
    campaignId: string,
    file: { originalname: string; buffer: Buffer } | undefined,
  ) {
    const { campaign } = await this.access.forIssuer(principal, campaignId);
    // A withdrawn campaign is a record: its notice stays the one its targets received (pen test, stop 44).
    if (campaign.status !== 'active') throw CampaignErrors.withdrawn();
    if (!file) throw CampaignErrors.fileRequired();
    const name = uploadedFileName(file.originalname);
    const contentType = recogniseNotice(name, file.buffer);
    if (!contentType) throw CampaignErrors.fileType(NOTICE_EXTENSIONS);
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const storageKey = `${campaign.id}/${newId()}`;
    const path = join(this.root, storageKey);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(`${path}.partial`, file.buffer);
    await rename(`${path}.partial`, path);
    const now = this.clock.now();
    const notice = { name, contentType, sizeBytes: file.buffer.length, sha256, storageKey };
    try {
      await this.transactions.run(async () => {
        await this.campaigns.setNoticeFile({ campaignId: campaign.id, file: notice, now });
        await this.events.record(
          [
            {
              campaignId: campaign.id,
              unitId: null,
              action: 'notice_file_attached',
              actorUserId: principal.userId,
              details: { name, sha256, sizeBytes: notice.sizeBytes },
            },
          ],
          now,
        );
      });
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    return { name, contentType, sizeBytes: notice.sizeBytes, sha256 };
  }

  async download(principal: Principal, campaignId: string) {
    const { campaign } = await this.access.forNotice(principal, campaignId);
    if (!campaign.noticeFile) throw CampaignErrors.noNoticeFile();
    const content = await readFile(join(this.root, campaign.noticeFile.storageKey));
    return { file: campaign.noticeFile, content };
  }
}
