import type { FollowThroughEntry } from '@app/content';
import { FollowThroughAnswers } from './follow-through-answers';

const answer = (heading: string): FollowThroughEntry[] => [
  { plannedItem: { index: 1, heading, keyText: heading }, evidence: [], status: 'not_reported' },
];
const bytesOf = (a: FollowThroughEntry[]) => 2 * JSON.stringify(a).length;
const last = { reportId: 'r2024', revision: 3 };

describe('FollowThroughAnswers', () => {
  it('answers per pair of revisions: another revision of either report is not the same answer', () => {
    const answers = new FollowThroughAnswers(10_000);
    answers.set(last, { reportId: 'r2025', revision: 1 }, answer('甲'));
    expect(answers.get(last, { reportId: 'r2025', revision: 1 })).toEqual(answer('甲'));
    expect(answers.get(last, { reportId: 'r2025', revision: 2 })).toBeUndefined();
    expect(answers.get({ ...last, revision: 4 }, { reportId: 'r2025', revision: 1 })).toBeUndefined();
  });

  it('lets the least recently used answer go first when the bytes are full, and never keeps one too large', () => {
    const one = bytesOf(answer('甲'));
    const answers = new FollowThroughAnswers(2 * one);
    answers.set(last, { reportId: 'a', revision: 1 }, answer('甲'));
    answers.set(last, { reportId: 'b', revision: 1 }, answer('乙'));
    answers.get(last, { reportId: 'a', revision: 1 });
    answers.set(last, { reportId: 'c', revision: 1 }, answer('丙'));
    expect(answers.get(last, { reportId: 'b', revision: 1 })).toBeUndefined();
    expect(answers.get(last, { reportId: 'a', revision: 1 })).toEqual(answer('甲'));
    expect(answers.get(last, { reportId: 'c', revision: 1 })).toEqual(answer('丙'));

    answers.set(last, { reportId: 'd', revision: 1 }, answer('丁'.repeat(100)));
    expect(answers.get(last, { reportId: 'd', revision: 1 })).toBeUndefined();
    expect(answers.size).toBe(2);
  });
});
