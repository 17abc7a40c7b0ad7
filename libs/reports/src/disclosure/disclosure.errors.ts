import { catalogued, type ErrorCatalogue } from '@app/common';

/** Codes of the disclosure track (保密审查 and publication). */
export const DISCLOSURE_ERROR_CODES = {
  DISCLOSURE_NOT_DISPATCHED: {
    status: 409,
    meaning:
      'The 保密审查 starts once the report has been signed off (签发); the publication once it has been sent (submitted or later)',
  },
  DISCLOSURE_STALE_VERSION: {
    status: 409,
    meaning:
      'Someone recorded a disclosure step first: `expectedVersion` is not the current disclosure version; `details` has it',
  },
  DISCLOSURE_ALREADY_PUBLISHED: {
    status: 409,
    meaning: 'The report is published and no later revision is signed off; nothing more to record',
  },
  DISCLOSURE_NOT_PUBLISHED: {
    status: 409,
    meaning: 'Only a registered publication is corrected (更正); the report is not published yet',
  },
  DISCLOSURE_NOT_CLEARED: {
    status: 409,
    meaning: 'Publication needs a confidentiality review (保密审查) that cleared the report',
  },
  DISCLOSURE_REVIEW_OUTDATED: {
    status: 409,
    meaning:
      'The confidentiality review covered an earlier revision than the current one; review the current revision first',
  },
  DISCLOSURE_MARKING_NOT_OPEN: {
    status: 409,
    meaning:
      'The 不予公开 marking is revised here (POST /reports/:id/disclosure/marking) only for an accepted report whose 保密审查 of the current revision needs changes, until it is published (or, published and corrected since, until the corrected text is); `details.reason` is not_accepted (drafting: save as usual; sent: withdraw the dispatch), no_review_asking or published',
  },
  DISCLOSURE_MARKING_CHANGES_TEXT: {
    status: 422,
    meaning:
      'A marking revision may only mark passages 不予公开 or fix the markers: the words of the accepted text stay as they are; `details.parts` names the title or sections whose words changed',
  },
  DISCLOSURE_MARKING_UNCHANGED: {
    status: 422,
    meaning:
      'The marking revision sent is the current revision, character for character: mark or unmark passages 不予公开 first (nothing is saved)',
  },
  DISCLOSURE_FIELD_INVALID: {
    status: 400,
    meaning:
      'A publication or review field is not acceptable (URL not http(s), date in the future or before the review, missing comment); `details.field` names it',
  },
} as const satisfies ErrorCatalogue;

export const DisclosureErrors = {
  markingNotOpen: (state: string, reason: 'not_accepted' | 'no_review_asking' | 'published') =>
    catalogued(
      DISCLOSURE_ERROR_CODES,
      'DISCLOSURE_MARKING_NOT_OPEN',
      {
        not_accepted: `The report is in ${state}: only an accepted report's 不予公开 marking is revised here; while drafting, save the text as usual; once sent, withdraw the dispatch`,
        no_review_asking:
          'Only after a 保密审查 of the current revision that needs changes (changes_needed): record that review first',
        published: 'The report is already published: its public version can no longer be re-marked',
      }[reason],
      {
        currentState: state,
        reason,
        messageZh: {
          not_accepted: '只有已接收的报告可在此修改不予公开标注',
          no_review_asking: '保密审查结论为“需修改”后才能修改不予公开标注',
          published: '报告已公开，不能再修改不予公开标注',
        }[reason],
      },
    ),
  markingUnchanged: () =>
    catalogued(
      DISCLOSURE_ERROR_CODES,
      'DISCLOSURE_MARKING_UNCHANGED',
      'The text sent is the current revision as it stands: mark or unmark passages 不予公开, then save',
      { messageZh: '标注没有变化：请先标注或取消标注不予公开的内容，再保存' },
    ),
  markingChangesText: (parts: string[]) =>
    catalogued(
      DISCLOSURE_ERROR_CODES,
      'DISCLOSURE_MARKING_CHANGES_TEXT',
      `Only the 不予公开 marking may change in an accepted report; the words changed in: ${parts.join(', ')}`,
      { parts, messageZh: '已接收的报告只能修改不予公开标注，不能修改正文文字' },
    ),
  notDispatched: (state: string) =>
    catalogued(
      DISCLOSURE_ERROR_CODES,
      'DISCLOSURE_NOT_DISPATCHED',
      `The report is in ${state}: disclosure starts once the principal leader has signed it off (签发)`,
    ),
  /**
   * Cleared before it was sent: the text may still change (the signature withdrawn, the report returned),
   * and a publication is never taken back, so the public page would keep a text nobody sent (review, stop 52).
   */
  notSentForPublication: (state: string) =>
    catalogued(
      DISCLOSURE_ERROR_CODES,
      'DISCLOSURE_NOT_DISPATCHED',
      `The report is in ${state}: its 保密审查 may be recorded from sign-off, its publication once it has been sent (编号发文)`,
      { messageZh: '报告编号发文（报送）后方可登记公开' },
    ),
  staleVersion: (current: { version: number; status: string }) =>
    catalogued(
      DISCLOSURE_ERROR_CODES,
      'DISCLOSURE_STALE_VERSION',
      `The disclosure is at version ${current.version} (${current.status}); reload and try again`,
      { currentVersion: current.version, currentStatus: current.status },
    ),
  notPublished: () =>
    catalogued(
      DISCLOSURE_ERROR_CODES,
      'DISCLOSURE_NOT_PUBLISHED',
      'The report is not published yet: register the publication first (POST …/disclosure/publication)',
      { messageZh: '报告尚未登记公开，无需更正' },
    ),
  alreadyPublished: () =>
    catalogued(
      DISCLOSURE_ERROR_CODES,
      'DISCLOSURE_ALREADY_PUBLISHED',
      'The report is already published, and no later revision is signed off to publish again',
    ),
  notCleared: () =>
    catalogued(
      DISCLOSURE_ERROR_CODES,
      'DISCLOSURE_NOT_CLEARED',
      'Record a confidentiality review that clears the report before its publication',
    ),
  reviewOutdated: (reviewed: number, current: number) =>
    catalogued(
      DISCLOSURE_ERROR_CODES,
      'DISCLOSURE_REVIEW_OUTDATED',
      `The confidentiality review covered revision ${reviewed}; the current revision is ${current}`,
      { reviewedRevision: reviewed, currentRevision: current },
    ),
  fieldInvalid: (field: string, message: string) =>
    catalogued(DISCLOSURE_ERROR_CODES, 'DISCLOSURE_FIELD_INVALID', message, { field }),
};
