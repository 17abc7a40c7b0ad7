import { compareLocalDates, endOfDayInstant, isLocalDate, localDateOf, type LocalDate } from '@app/calendar';
import { isSignedOff, type Role, type WorkflowDefinition } from '@app/workflow';
import { DisclosureErrors } from './disclosure.errors';
import type { Disclosure, DisclosureChannel, ReviewConclusion } from './disclosure.types';

/**
 * The disclosure track's decisions, pure: what a review or a publication makes of the stored
 * disclosure, or the typed refusal. The service reads, calls these, and persists.
 */

/** Dispatched = the report has left the unit (the state `submitted`, or any state after it). */
export function isDispatched(definition: WorkflowDefinition, state: string): boolean {
  const kind = definition.states.find((s) => s.id === state)?.kind;
  return kind === 'external' || kind === 'final';
}

interface StepContext {
  definition: WorkflowDefinition;
  report: { id: string; state: string; currentRevision: number };
  current: Disclosure;
  expectedVersion: number;
  actor: { userId: string; role: Role };
  now: Date;
}

/**
 * A text published, then corrected: the report was returned, redrafted and signed off again after its
 * publication, so what the public reads is no longer the report of record. Its track reviews and
 * publishes the new revision; until then the publication stands (a published text is never taken
 * back; the public page keeps it). An external QA engineer (stop 57 F2) found no way to publish the
 * corrected report: review and publication answered DISCLOSURE_ALREADY_PUBLISHED for good.
 */
export function republishing(current: Disclosure, report: { currentRevision: number }): boolean {
  return (
    current.status === 'published' &&
    current.publication !== null &&
    report.currentRevision > current.publication.revision
  );
}

function checkStep({ definition, report, current, expectedVersion }: StepContext): void {
  if (!isSignedOff(definition, report.state)) throw DisclosureErrors.notDispatched(report.state);
  if (current.version !== expectedVersion) throw DisclosureErrors.staleVersion(current);
  if (current.status === 'published' && !republishing(current, report))
    throw DisclosureErrors.alreadyPublished();
}

/** 保密审查 of the current revision: cleared, or changes needed (which must say what). */
export function planReview(
  context: StepContext & { conclusion: ReviewConclusion; comment: string | null },
): Disclosure {
  checkStep(context);
  const comment = context.comment?.trim() || null;
  if (context.conclusion === 'changes_needed' && !comment)
    throw DisclosureErrors.fieldInvalid('comment', 'A review that needs changes must say which (comment)');
  // Reviewing a corrected text: the earlier publication stands until the new one is recorded.
  const again = republishing(context.current, context.report);
  return {
    reportId: context.report.id,
    version: context.current.version + 1,
    status: again ? 'published' : context.conclusion === 'cleared' ? 'cleared_for_publication' : 'reviewed',
    review: {
      revision: context.report.currentRevision,
      reviewedBy: context.actor.userId,
      role: context.actor.role,
      reviewedAt: context.now,
      conclusion: context.conclusion,
      comment,
    },
    publication: again ? context.current.publication : null,
  };
}

/** Only a web address a reader can open: http or https, with a host, no credentials in it. */
export function isPublicationUrl(value: string): boolean {
  // The URL parser takes "…a.html\"><script>…" and escapes it; the address is given as typed to
  // the public feed, the board and the CSV, so characters no address has are refused (scenario
  // test, stop 53). Chinese characters in a path, as a browser shows them, stay allowed.
  if (
    /[\s"<>`{}|\\^]/.test(value) ||
    [...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)
  )
    return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * The publication of the reviewed revision's public version: after a review that cleared exactly
 * the current revision, at an http(s) address, on a China date neither in the future nor before
 * the review.
 */
export function planPublication(
  context: StepContext & { channel: DisclosureChannel; url: string; publishedOn: string },
): Disclosure {
  checkStep(context);
  if (!isDispatched(context.definition, context.report.state))
    throw DisclosureErrors.notSentForPublication(context.report.state);
  const review = context.current.review;
  const cleared = republishing(context.current, context.report)
    ? review?.conclusion === 'cleared'
    : context.current.status === 'cleared_for_publication';
  if (!cleared || !review) throw DisclosureErrors.notCleared();
  if (review.revision !== context.report.currentRevision)
    throw DisclosureErrors.reviewOutdated(review.revision, context.report.currentRevision);
  const { url, publishedOn } = checkedPublication({ ...context, reviewedAt: review.reviewedAt });
  return {
    ...context.current,
    version: context.current.version + 1,
    status: 'published',
    publication: {
      channel: context.channel,
      url,
      publishedOn,
      firstPublishedOn: context.current.publication?.firstPublishedOn ?? publishedOn,
      revision: review.revision,
      publishedBy: context.actor.userId,
      recordedAt: context.now,
    },
  };
}

/** The address and date of a publication, or the typed refusal naming the field. */
function checkedPublication(input: { url: string; publishedOn: string; now: Date; reviewedAt: Date }): {
  url: string;
  publishedOn: LocalDate;
} {
  const url = input.url.trim();
  if (!isPublicationUrl(url))
    throw DisclosureErrors.fieldInvalid(
      'url',
      'url must be an http(s) address of the published report, without spaces, quotes or < >: copy it from the browser’s address bar',
    );
  if (!isLocalDate(input.publishedOn))
    throw DisclosureErrors.fieldInvalid('publishedOn', 'publishedOn must be a date YYYY-MM-DD');
  const publishedOn: LocalDate = input.publishedOn;
  if (compareLocalDates(publishedOn, localDateOf(input.now)) > 0)
    throw DisclosureErrors.fieldInvalid('publishedOn', `publishedOn ${publishedOn} is in the future`);
  const reviewedOn = localDateOf(input.reviewedAt);
  if (compareLocalDates(publishedOn, reviewedOn) < 0)
    throw DisclosureErrors.fieldInvalid(
      'publishedOn',
      `publishedOn ${publishedOn} is before the confidentiality review (${reviewedOn})`,
    );
  return { url, publishedOn };
}

/**
 * 更正 of a registered publication: the channel, address or date as they should have been typed, with
 * the reason. The published text stays the one reviewed (a publication is never taken back); the
 * record before the correction stays in the report's history. A walk (stop 53): a mistyped address
 * fed the board, the scores and the public feed for good.
 */
export function planPublicationCorrection(context: {
  current: Disclosure;
  expectedVersion: number;
  actor: { userId: string; role: Role };
  now: Date;
  channel: DisclosureChannel;
  url: string;
  publishedOn: string;
  reason: string;
}): Disclosure {
  const { current } = context;
  if (current.version !== context.expectedVersion) throw DisclosureErrors.staleVersion(current);
  if (current.status !== 'published' || !current.publication || !current.review)
    throw DisclosureErrors.notPublished();
  const reason = context.reason.trim();
  if (!reason) throw DisclosureErrors.fieldInvalid('reason', 'A correction must say why (reason)');
  const { url, publishedOn } = checkedPublication({ ...context, reviewedAt: current.review.reviewedAt });
  const before = current.publication;
  if (before.channel === context.channel && before.url === url && before.publishedOn === publishedOn)
    throw DisclosureErrors.fieldInvalid(
      'url',
      'Nothing to correct: channel, url and publishedOn are as recorded',
    );
  return {
    ...current,
    version: current.version + 1,
    publication: {
      ...before,
      channel: context.channel,
      url,
      publishedOn,
      // A mistyped date of the first publication is corrected there too; a republication's is its own.
      firstPublishedOn:
        before.firstPublishedOn === before.publishedOn ? publishedOn : before.firstPublishedOn,
      publishedBy: context.actor.userId,
      recordedAt: context.now,
    },
  };
}

/**
 * The disclosure deadline follows from the report and its track: open from sign-off (签发; or once
 * it has been sent at least once) until published, as the track itself, due at the end of the
 * campaign's disclosure date; none without a campaign date.
 */
export function desiredDisclosureDeadline(input: {
  signedOffOrSent: boolean;
  published: boolean;
  disclosureDate: LocalDate | null;
}): { dueAt: Date } | null {
  if (!input.signedOffOrSent || input.published || !input.disclosureDate) return null;
  return { dueAt: endOfDayInstant(input.disclosureDate) };
}
