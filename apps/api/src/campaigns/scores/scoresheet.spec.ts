import { parseLocalDate } from '@app/calendar';
import type { ScoredFacts } from './board-scores';
import { scoresheetLines } from './scoresheet';

const scored = (name: string, score: number, scorePending: boolean): ScoredFacts => ({
  facts: {
    unit: { id: name, name },
    submission: scorePending ? { kind: 'pending' } : { kind: 'on_time' },
    disclosure: { kind: 'pending', dueDate: parseLocalDate('2038-04-01') },
    missingItems: [],
    returnCount: 0,
  },
  score,
  scoreReasons: [],
  scorePending,
});

describe('the scoresheet (评分表)', () => {
  it('lists the lowest score first and the units not yet due last, marked 暂不评分 rather than full marks, whatever points they already lost', () => {
    const lines = scoresheetLines([
      scored('甲单位', 100, true),
      scored('丁单位', 98, true),
      scored('乙单位', 100, false),
      scored('丙单位', 94, false),
    ]);
    expect(lines.map((line) => [line[0], line[1], line[7], line[8]])).toEqual([
      ['丙单位', '按时报送', 94, ''],
      ['乙单位', '按时报送', 100, ''],
      ['丁单位', '未到期未报送', '', '暂不评分（截止日期未到，目前没有已报送的报告）'],
      ['甲单位', '未到期未报送', '', '暂不评分（截止日期未到，目前没有已报送的报告）'],
    ]);
  });
});
