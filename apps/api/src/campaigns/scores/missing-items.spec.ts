import { checkCompleteness, emptySections, type ReportSections } from '@app/content';
import { MissingItems, missingFromHeads } from './missing-items';
import { HEAD_CHARS, type SubmittedSectionsRepository } from './submitted-sections.repository';

/** What SUBSTRING(text, 1, HEAD_CHARS) and CHAR_LENGTH(text) > HEAD_CHARS give (code points, as MariaDB counts). */
function headsOf(reportId: string, sections: ReportSections) {
  const head = (text: string) => {
    const chars = [...text];
    return { head: chars.slice(0, HEAD_CHARS).join(''), longer: chars.length > HEAD_CHARS };
  };
  return {
    reportId,
    sections: {
      measures: head(sections.measures),
      shortcomings: head(sections.shortcomings),
      leadersDuty: head(sections.leadersDuty),
      nextYearPlan: head(sections.nextYearPlan),
    },
  };
}

function missingByTheCheck(sections: ReportSections) {
  return checkCompleteness(sections, { campaignYear: 2166, unitName: '某县司法局' }).findings.flatMap((f) =>
    f.code === 'item_missing' && f.item !== undefined ? [f.item] : [],
  );
}

const TEXT = '一、主要举措\n2166年，本局深入推进依法行政，完善重大行政决策程序，全面落实行政执法三项制度。';
const CASES: Record<string, ReportSections> = {
  complete: { ...emptySections(), measures: TEXT, shortcomings: TEXT, leadersDuty: TEXT, nextYearPlan: TEXT },
  empty: emptySections(),
  'white space only, full-width spaces and new lines': {
    ...emptySections(),
    measures: TEXT,
    shortcomings: ' \u3000\n\t\u3000 ',
    leadersDuty: TEXT,
  },
  'more white space than the head, then text': {
    ...emptySections(),
    measures: `${'\u3000'.repeat(HEAD_CHARS + 10)}${TEXT}`,
    shortcomings: TEXT,
  },
  'more white space than the head, nothing after': {
    ...emptySections(),
    measures: TEXT,
    nextYearPlan: `${' \n'.repeat(HEAD_CHARS)}`,
  },
};

describe('the board’s missing items (法定五项) from the start of each section', () => {
  it.each(Object.entries(CASES))('agree with the completeness check: %s', async (_, sections) => {
    const texts = {
      dispatchedHeads: jest.fn(async () => [headsOf('r1', sections)]),
      dispatchedTexts: jest.fn(async (_campaign: string, ids: string[]) =>
        ids.map((reportId) => ({ reportId, reportYear: 2166, title: '', sections })),
      ),
    };
    const found = await new MissingItems(texts as unknown as SubmittedSectionsRepository).of('c1', ['r1']);
    expect(found.get('r1')).toEqual(missingByTheCheck(sections));
  });

  it('reads the whole text only when a section starts with more white space than the head holds', () => {
    expect(missingFromHeads(headsOf('r1', CASES.complete))).toEqual([]);
    expect(missingFromHeads(headsOf('r1', CASES.empty))).toEqual([1, 2, 3, 4]);
    expect(missingFromHeads(headsOf('r1', CASES['more white space than the head, then text']))).toBeNull();
  });
});
