import type { LocalDate } from '@app/calendar';
import type { Role } from '@app/workflow';

/** Where a report is made public (公开渠道): 政府网站 / 报刊 / 政务新媒体 / 其他. */
export const DISCLOSURE_CHANNELS = ['government_website', 'newspaper', 'new_media', 'other'] as const;
export type DisclosureChannel = (typeof DISCLOSURE_CHANNELS)[number];

/** 保密审查's conclusion: may be published as marked, or the marking (【不予公开】) must change first. */
export const REVIEW_CONCLUSIONS = ['cleared', 'changes_needed'] as const;
export type ReviewConclusion = (typeof REVIEW_CONCLUSIONS)[number];

/**
 * The disclosure track's status: nothing recorded yet, reviewed with changes needed, cleared for
 * publication, published. Parallel to the report's workflow state, never part of it.
 */
export const DISCLOSURE_STATUSES = [
  'not_started',
  'reviewed',
  'cleared_for_publication',
  'published',
] as const;
export type DisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];

export interface ConfidentialityReview {
  revision: number;
  reviewedBy: string;
  role: Role;
  reviewedAt: Date;
  conclusion: ReviewConclusion;
  comment: string | null;
}

export interface Publication {
  channel: DisclosureChannel;
  url: string;
  publishedOn: LocalDate;
  /**
   * The date of the report's first publication: the same until a corrected text is published again
   * (republishing), then kept, as the duty to publish by the disclosure date was met (or not) by it.
   */
  firstPublishedOn: LocalDate;
  revision: number;
  publishedBy: string;
  recordedAt: Date;
}

/** One report's disclosure as stored (a report without a row has version 0 and status not_started). */
export interface Disclosure {
  reportId: string;
  version: number;
  status: DisclosureStatus;
  review: ConfidentialityReview | null;
  publication: Publication | null;
}

export function notStarted(reportId: string): Disclosure {
  return { reportId, version: 0, status: 'not_started', review: null, publication: null };
}
