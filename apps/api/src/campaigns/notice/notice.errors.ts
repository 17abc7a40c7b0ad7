import { catalogued, type ErrorCatalogue } from '@app/common';
import type { NoticeViolation } from './notice-text';

/** Codes of a campaign's stored 通报 (报送情况通报). */
export const NOTICE_ERROR_CODES = {
  NOTICE_NOT_FOUND: {
    status: 404,
    meaning:
      'The campaign has no 通报 you may read: none is stored yet, or it is a draft (only the issuing office reads drafts), or you are not in a unit it names',
  },
  NOTICE_INVALID: {
    status: 400,
    meaning: 'A field of the 通报 is out of bounds; `details.violations` names each field and what is wrong',
  },
  NOTICE_EXISTS: {
    status: 409,
    meaning:
      'The campaign already has a stored 通报 (one per campaign); `details` gives its status and version',
  },
  NOTICE_STALE_VERSION: {
    status: 409,
    meaning: 'Someone changed the 通报 first; `details.currentVersion` is the version to reload',
  },
  NOTICE_TOO_EARLY: {
    status: 409,
    meaning:
      'Some targets are not due yet and have not reported: the one 通报 of a campaign is issued (印发) once each has reported or its due date has passed; `details` gives how many and the latest due date',
  },
  NOTICE_BEFORE_DISCLOSURE_DATE: {
    status: 409,
    meaning:
      'The campaign’s disclosure date has not passed and some targets have not published their report yet: a 通报 issued now can never name who fails to publish. Issue after that date, or with `confirmBeforeDisclosureDate: true`; `details` gives how many and the date',
  },
  NOTICE_FACTS_CHANGED: {
    status: 409,
    meaning:
      'The board has changed since the text was generated (a unit reported, was accepted or returned, published…): its figures may be out of date. Refresh the text (POST /campaigns/:id/notice/refresh) or issue with `confirmChangedFacts: true` after checking it',
  },
  NOTICE_ALREADY_ISSUED: {
    status: 409,
    meaning: 'The 通报 has been issued (印发) and is never changed; `details.issuedOn` gives the date',
  },
} as const satisfies ErrorCatalogue;

const fail = (code: keyof typeof NOTICE_ERROR_CODES, message: string, details?: Record<string, unknown>) =>
  catalogued(NOTICE_ERROR_CODES, code, message, details);

export const NoticeErrors = {
  notFound: () => fail('NOTICE_NOT_FOUND', 'This campaign has no 通报 you may read'),
  invalid: (violations: NoticeViolation[]) =>
    fail(
      'NOTICE_INVALID',
      `The 通报 is out of bounds: ${violations.map((v) => `${v.field} ${v.message}`).join('; ')}`,
      { violations },
    ),
  exists: (current: { status: string; version: number }) =>
    fail(
      'NOTICE_EXISTS',
      `This campaign already has a 通报 (${current.status === 'issued' ? 'issued' : 'a draft'}, version ${current.version}): open it instead`,
      { status: current.status, version: current.version },
    ),
  staleVersion: (currentVersion: number) =>
    fail(
      'NOTICE_STALE_VERSION',
      `Someone else changed the 通报 first: it is now at version ${currentVersion}; reload and try again`,
      { currentVersion },
    ),
  tooEarly: (notYetDue: number, latestDueDate: string) =>
    fail(
      'NOTICE_TOO_EARLY',
      `${notYetDue} target(s) have not reported and are not due yet (the latest on ${latestDueDate}): a campaign has one 通报, issued once each has reported or its due date has passed; keep editing the draft until then`,
      { notYetDue, latestDueDate },
    ),
  beforeDisclosureDate: (notPublished: number, disclosureDate: string) =>
    fail(
      'NOTICE_BEFORE_DISCLOSURE_DATE',
      `${notPublished} target(s) have not published their report and the disclosure date (${disclosureDate}) has not passed: a 通报 issued now cannot name who fails to publish; issue after that date, or confirm with confirmBeforeDisclosureDate`,
      { notPublished, disclosureDate },
    ),
  factsChanged: () =>
    fail(
      'NOTICE_FACTS_CHANGED',
      'The 报送情况 changed after the 通报 text was generated, so its figures and the units it names may be out of date: refresh the text from today’s facts, or check it and issue it with confirmChangedFacts',
    ),
  alreadyIssued: (issuedOn: string) =>
    fail('NOTICE_ALREADY_ISSUED', `The 通报 was issued on ${issuedOn} and can no longer be changed`, {
      issuedOn,
    }),
};
