import { parseLocalDate } from '@app/calendar';
import { disclosureOf, latenessOf, measureTotals } from './board-measures';
import { WorkingDayCounter } from './board-rows';

const day = parseLocalDate;
const counter = new WorkingDayCounter(null); // Monday to Friday
const beijing = (local: string) => new Date(`${local}+08:00`);

describe('lateness, measured twice', () => {
  const extended = { originalDueDate: day('2027-02-26'), dueDate: day('2027-03-05'), regions: [] };

  it('an extension never turns a submission after the notice date into an on-time one against the notice', () => {
    const lateness = latenessOf({ ...extended, submittedAt: beijing('2027-03-02T10:00:00') }, counter);
    // Friday 26 Feb -> Tuesday 2 March: Monday and Tuesday are two working days late.
    expect(lateness.againstNotice).toEqual({ dueDate: '2027-02-26', onTime: false, workingDaysLate: 2 });
    expect(lateness.againstExtended).toEqual({ dueDate: '2027-03-05', onTime: true, workingDaysLate: null });
  });

  it('counts the due day until its last minute in Beijing, and nothing while not submitted', () => {
    const lastMinute = latenessOf({ ...extended, submittedAt: beijing('2027-02-26T23:59:00') }, counter);
    expect(lastMinute.againstNotice.onTime).toBe(true);
    expect(latenessOf({ ...extended, submittedAt: null }, counter).againstNotice.onTime).toBeNull();
  });
});

describe('the disclosure column', () => {
  const disclosureDate = day('2027-04-01');

  it('is 未公开 until the end of the disclosure date, 逾期未公开 after, 已公开 once published (late or not)', () => {
    expect(
      disclosureOf({ publication: null, disclosureDate, now: beijing('2027-04-01T23:59:00') }).column,
    ).toBe('not_published');
    expect(
      disclosureOf({ publication: null, disclosureDate, now: beijing('2027-04-02T00:00:00') }).column,
    ).toBe('overdue_unpublished');
    const late = disclosureOf({
      publication: { publishedOn: day('2027-04-03'), url: 'https://gov.cn/a' },
      disclosureDate,
      now: beijing('2027-04-05T10:00:00'),
    });
    expect(late).toMatchObject({ column: 'published', publishedLate: true, publishedOn: '2027-04-03' });
  });

  it('totals the on-time rate by both measures', () => {
    const onTime = latenessOf({ ...extendedDates(), submittedAt: beijing('2027-02-20T10:00:00') }, counter);
    const lateVsNotice = latenessOf(
      { ...extendedDates(), submittedAt: beijing('2027-03-02T10:00:00') },
      counter,
    );
    const open = disclosureOf({ publication: null, disclosureDate, now: beijing('2027-03-10T10:00:00') });
    expect(
      measureTotals([
        { lateness: onTime, disclosure: open },
        { lateness: lateVsNotice, disclosure: open },
      ]),
    ).toMatchObject({ onTimeRateAgainstNotice: 0.5, onTimeRateAgainstExtended: 1, notPublished: 2 });
  });
});

function extendedDates() {
  return { originalDueDate: day('2027-02-26'), dueDate: day('2027-03-05'), regions: [] };
}

describe('a report published again after a correction', () => {
  it('is on time or late by its first publication, at its current address', () => {
    const shown = disclosureOf({
      publication: {
        publishedOn: day('2027-04-20'),
        firstPublishedOn: day('2027-03-28'),
        url: 'https://gov.cn/b.html',
      },
      disclosureDate: day('2027-04-01'),
      now: new Date('2027-05-01T00:00:00Z'),
    });
    expect(shown).toMatchObject({
      column: 'published',
      publishedOn: '2027-03-28',
      publishedLate: false,
      url: 'https://gov.cn/b.html',
    });
  });
});
