import type { LocalDate } from '@app/calendar';

/** draft: the issuing office edits it; issued: sent to the units it names and never changed again. */
export type NoticeStatus = 'draft' | 'issued';

/** A campaign's stored 通报 (campaign_notices). */
export interface CampaignNotice {
  campaignId: string;
  version: number;
  status: NoticeStatus;
  title: string;
  /** 文号, e.g. 昌州依法办〔2027〕5号; null until the office gives one. */
  documentNumber: string | null;
  paragraphs: string[];
  /** The units it names: notified when it is issued, and then its readers. */
  namedUnitIds: string[];
  /** 主送, printed after the title: 各县（市）依法治县（市）办、州直各部门. */
  addressees: string[];
  /** 抄送, printed in the 版记: 州委、州政府. */
  copiesTo: string[];
  createdBy: string;
  createdAt: Date;
  updatedBy: string;
  updatedAt: Date;
  issued: { by: string; at: Date; on: LocalDate } | null;
  /** What the text was generated from (noticeFactsDigest); null: stored before it was kept. */
  factsDigest: string | null;
  /** What the last refresh (按最新情况更新) replaced; null: never refreshed. */
  beforeRefresh: TextBeforeRefresh | null;
}

/** The body and named units a refresh replaced, kept for the office to copy back what it wrote. */
export interface TextBeforeRefresh {
  /** The draft's version it was. */
  version: number;
  paragraphs: string[];
  namedUnitIds: string[];
  at: Date;
  by: string;
}

/** What the coordinator edits (PUT /campaigns/:id/notice). */
export interface NoticeText {
  title: string;
  documentNumber: string | null;
  paragraphs: string[];
  namedUnitIds: string[];
  addressees: string[];
  copiesTo: string[];
}

/** An edit may leave the addressing out (a client from before it existed): the stored one stays. */
export type NoticeEdit = Omit<NoticeText, 'addressees' | 'copiesTo'> &
  Partial<Pick<NoticeText, 'addressees' | 'copiesTo'>>;
