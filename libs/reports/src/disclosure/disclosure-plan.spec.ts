import { parseLocalDate } from '@app/calendar';
import { AppError } from '@app/common';
import { DEFAULT_DEFINITION } from '@app/workflow';
import {
  desiredDisclosureDeadline,
  isPublicationUrl,
  planPublication,
  planPublicationCorrection,
  planReview,
} from './disclosure-plan';
import { notStarted, type Disclosure } from './disclosure.types';

const now = new Date('2026-03-20T02:00:00Z'); // 10:00 in Beijing
const base = {
  definition: DEFAULT_DEFINITION,
  report: { id: 'r1', state: 'submitted', currentRevision: 3 },
  current: notStarted('r1'),
  expectedVersion: 0,
  actor: { userId: 'u1', role: 'unit_leader' as const },
  now,
};
const codeOf = (work: () => unknown): string => {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
};

const cleared: Disclosure = planReview({
  ...base,
  now: new Date('2026-03-02T02:00:00Z'),
  conclusion: 'cleared',
  comment: null,
});
const publish = { ...base, current: cleared, expectedVersion: 1, channel: 'government_website' as const };

describe('the disclosure track, decided', () => {
  it('reviews only a dispatched report, at the version seen, with a reason when changes are needed', () => {
    expect(cleared).toMatchObject({ version: 1, status: 'cleared_for_publication', review: { revision: 3 } });
    expect(
      codeOf(() =>
        planReview({
          ...base,
          report: { ...base.report, state: 'drafting' },
          conclusion: 'cleared',
          comment: null,
        }),
      ),
    ).toBe('DISCLOSURE_NOT_DISPATCHED');
    expect(
      codeOf(() => planReview({ ...base, expectedVersion: 1, conclusion: 'cleared', comment: null })),
    ).toBe('DISCLOSURE_STALE_VERSION');
    expect(codeOf(() => planReview({ ...base, conclusion: 'changes_needed', comment: '  ' }))).toBe(
      'DISCLOSURE_FIELD_INVALID',
    );
    expect(planReview({ ...base, conclusion: 'changes_needed', comment: '第二项需标注' }).status).toBe(
      'reviewed',
    );
  });

  it('publishes the reviewed revision at an http(s) address, dated between the review and today', () => {
    const published = planPublication({
      ...publish,
      url: 'https://gov.cn/a.html',
      publishedOn: '2026-03-20',
    });
    expect(published).toMatchObject({ status: 'published', version: 2, publication: { revision: 3 } });
    expect(
      codeOf(() => planPublication({ ...publish, url: 'https://gov.cn/a', publishedOn: '2026-03-21' })),
    ).toBe('DISCLOSURE_FIELD_INVALID');
    expect(
      codeOf(() => planPublication({ ...publish, url: 'https://gov.cn/a', publishedOn: '2026-03-01' })),
    ).toBe('DISCLOSURE_FIELD_INVALID');
    // The text changed after the review (returned, revised, dispatched again): review it again.
    expect(
      codeOf(() =>
        planPublication({
          ...publish,
          report: { ...base.report, currentRevision: 4 },
          url: 'https://gov.cn/a',
          publishedOn: '2026-03-20',
        }),
      ),
    ).toBe('DISCLOSURE_REVIEW_OUTDATED');
    expect(
      codeOf(() =>
        planPublication({
          ...publish,
          current: notStarted('r1'),
          expectedVersion: 0,
          url: 'https://gov.cn/a',
          publishedOn: '2026-03-20',
        }),
      ),
    ).toBe('DISCLOSURE_NOT_CLEARED');
    expect(
      codeOf(() =>
        planPublication({
          ...publish,
          current: published,
          expectedVersion: 2,
          url: 'https://gov.cn/a',
          publishedOn: '2026-03-20',
        }),
      ),
    ).toBe('DISCLOSURE_ALREADY_PUBLISHED');
  });

  it('reviews and publishes a text corrected after its publication, the publication standing meanwhile', () => {
    const published = planPublication({
      ...publish,
      url: 'https://gov.cn/a.html',
      publishedOn: '2026-03-02',
    });
    // Returned with a new deliberation, redrafted, signed off and sent again as revision 5.
    const corrected = { ...base.report, currentRevision: 5 };
    const later = { ...base, report: corrected, current: published, expectedVersion: 2 };
    const asked = planReview({
      ...later,
      conclusion: 'changes_needed',
      comment: '第三部分人名应标注不予公开',
    });
    // The public keeps revision 3 while revision 5 is reviewed.
    expect(asked).toMatchObject({
      status: 'published',
      review: { revision: 5, conclusion: 'changes_needed' },
      publication: { revision: 3, url: 'https://gov.cn/a.html' },
    });
    const notYet = { ...later, current: asked, expectedVersion: 3, channel: 'government_website' as const };
    expect(
      codeOf(() => planPublication({ ...notYet, url: 'https://gov.cn/b', publishedOn: '2026-03-20' })),
    ).toBe('DISCLOSURE_NOT_CLEARED');
    const clearedAgain = planReview({
      ...later,
      current: asked,
      expectedVersion: 3,
      conclusion: 'cleared',
      comment: null,
    });
    expect(clearedAgain).toMatchObject({ status: 'published', publication: { revision: 3 } });
    const republished = planPublication({
      ...notYet,
      current: clearedAgain,
      expectedVersion: 4,
      url: 'https://gov.cn/b.html',
      publishedOn: '2026-03-20',
    });
    expect(republished).toMatchObject({
      status: 'published',
      version: 5,
      // The first publication's date stays: it says whether the unit published by the date.
      publication: {
        revision: 5,
        url: 'https://gov.cn/b.html',
        publishedOn: '2026-03-20',
        firstPublishedOn: '2026-03-02',
      },
    });
    expect(published.publication?.firstPublishedOn).toBe('2026-03-02');
    // Once the corrected text is published, the track is closed again.
    expect(
      codeOf(() =>
        planReview({
          ...later,
          current: republished,
          expectedVersion: 5,
          conclusion: 'cleared',
          comment: null,
        }),
      ),
    ).toBe('DISCLOSURE_ALREADY_PUBLISHED');
    // A review of the published revision itself does not publish a later one.
    expect(
      codeOf(() =>
        planPublication({
          ...notYet,
          current: published,
          expectedVersion: 2,
          url: 'https://gov.cn/b',
          publishedOn: '2026-03-20',
        }),
      ),
    ).toBe('DISCLOSURE_REVIEW_OUTDATED');
  });

  it('corrects a publication with a reason, only once published and only when something changes', () => {
    const published = planPublication({
      ...publish,
      url: 'https://gov.cn/a.html',
      publishedOn: '2026-03-20',
    });
    const correction = {
      current: published,
      expectedVersion: 2,
      actor: base.actor,
      now,
      channel: 'government_website' as const,
      url: 'https://gov.cn/b.html',
      publishedOn: '2026-03-20',
      reason: '网址有误',
    };
    expect(planPublicationCorrection(correction)).toMatchObject({
      version: 3,
      status: 'published',
      publication: { url: 'https://gov.cn/b.html', revision: 3 },
    });
    expect(codeOf(() => planPublicationCorrection({ ...correction, url: 'https://gov.cn/a.html' }))).toBe(
      'DISCLOSURE_FIELD_INVALID',
    );
    expect(codeOf(() => planPublicationCorrection({ ...correction, reason: ' ' }))).toBe(
      'DISCLOSURE_FIELD_INVALID',
    );
    expect(codeOf(() => planPublicationCorrection({ ...correction, expectedVersion: 1 }))).toBe(
      'DISCLOSURE_STALE_VERSION',
    );
    expect(
      codeOf(() => planPublicationCorrection({ ...correction, current: cleared, expectedVersion: 1 })),
    ).toBe('DISCLOSURE_NOT_PUBLISHED');
  });

  it('takes only web addresses a reader can open, with nothing an address cannot hold', () => {
    expect(isPublicationUrl('http://www.htb.gov.cn/zwgk/1.html')).toBe(true);
    expect(isPublicationUrl('https://www.htb.gov.cn/zwgk/法治政府/1.html?id=3&t=a%20b#p')).toBe(true);
    for (const bad of [
      'https://www.example.gov.cn/a.html"><script>alert(1)</script>',
      'https://www.example.gov.cn/a b.html',
      'https://www.example.gov.cn/a.html\u0000',
      'javascript:alert(1)',
      'ftp://gov.cn/a',
      'https://user:pw@gov.cn/',
      'www.gov.cn/a',
      '',
    ])
      expect(isPublicationUrl(bad)).toBe(false);
  });

  it('keeps the disclosure deadline open from dispatch until publication', () => {
    const facts = { signedOffOrSent: true, published: false, disclosureDate: parseLocalDate('2026-04-01') };
    expect(desiredDisclosureDeadline(facts)).toEqual({ dueAt: new Date('2026-04-01T15:59:59.999Z') });
    expect(desiredDisclosureDeadline({ ...facts, signedOffOrSent: false })).toBeNull();
    expect(desiredDisclosureDeadline({ ...facts, published: true })).toBeNull();
    expect(desiredDisclosureDeadline({ ...facts, disclosureDate: null })).toBeNull();
  });
});
