import type { LocalDate } from '@app/calendar';
import type { CopyGrant, DisclosureView } from '@app/reports';
import { disclosureAsDispatched } from './disclosure-as-dispatched';

const at = new Date('2025-03-01T00:00:00Z');
const copyOf = (...revisions: number[]): CopyGrant => {
  const dispatches = revisions.map((revision, i) => ({ revision, eventSeq: 10 + i, dispatchedAt: at }));
  return { unitId: 'j', unitName: '县司法局', dispatches, latest: dispatches[dispatches.length - 1] };
};
const review = {
  revision: 2,
  reviewedBy: 'u',
  role: 'unit_leader' as const,
  reviewedAt: at,
  conclusion: 'cleared' as const,
  comment: '第三部分涉密数据已标注',
};
const publication = {
  channel: 'government_website' as const,
  url: 'https://example.gov.cn/a',
  publishedOn: '2025-03-20' as LocalDate,
  firstPublishedOn: '2025-03-20' as LocalDate,
  revision: 2,
  publishedBy: 'u',
  recordedAt: at,
};
const view = (over: Partial<DisclosureView>): DisclosureView => ({
  reportId: 'r',
  version: 2,
  status: 'cleared_for_publication',
  review,
  publication: null,
  dueDate: '2025-04-01' as LocalDate,
  ...over,
});

describe('the disclosure track as a copy reader sees it', () => {
  it('never shows the 保密审查 nor how many steps the track took', () => {
    expect(disclosureAsDispatched(view({}), copyOf(1, 2))).toEqual({
      reportId: 'r',
      version: 0,
      status: 'not_started',
      review: null,
      publication: null,
      dueDate: '2025-04-01',
    });
  });

  it('shows the publication of a revision it was sent (the public page shows it to anyone), not of a later one', () => {
    const published = view({ status: 'published', version: 3, publication });
    expect(disclosureAsDispatched(published, copyOf(1, 2))).toMatchObject({
      status: 'published',
      publication,
    });
    expect(disclosureAsDispatched(published, copyOf(1))).toMatchObject({
      status: 'not_started',
      publication: null,
    });
  });
});
