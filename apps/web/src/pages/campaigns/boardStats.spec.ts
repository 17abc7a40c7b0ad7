import type { BoardRow, Unit } from '../../api/openapi.gen';
import { headlineRate, onTimeByArea } from './boardStats';

const row = (id: string, dueDate: string, submitted: boolean, onTime = submitted): BoardRow =>
  ({
    unit: { id, name: id },
    dueDate,
    submitted,
    progress: submitted ? (onTime ? 'submitted_on_time' : 'submitted_late') : 'not_submitted',
  }) as unknown as BoardRow;

const unit = (id: string, parentId: string | null, level: Unit['level'], kind: Unit['kind']): Unit =>
  ({ id, parentId, level, kind, name: id }) as Unit;

describe('board figures before and after the due date', () => {
  const rows = [row('a', '2027-03-01', true), row('b', '2027-03-01', false), row('c', '2027-03-01', false)];

  it('before the due date: 已报送率 (1 of 3), not an on-time rate', () => {
    expect(headlineRate(rows, { targets: 3, submitted: 1, onTimeRate: 0.33 }, '2026-12-03')).toEqual({
      label: '已报送率',
      rate: 1 / 3,
    });
  });

  it('after the due date: the on-time rate', () => {
    expect(headlineRate(rows, { targets: 3, submitted: 1, onTimeRate: 0.25 }, '2027-03-02')).toEqual({
      label: '按时报送率',
      rate: 0.25,
    });
  });

  it('groups a region board by prefecture; an area not yet due has no rate (未到期), not a 0% bar', () => {
    const units = new Map(
      [
        unit('xj', null, 'province', 'government'),
        unit('cj', 'xj', 'prefecture', 'government'),
        unit('cj-bureau', 'cj', 'prefecture', 'department'),
        unit('xj-dept', 'xj', 'province', 'department'),
      ].map((u) => [u.id, u]),
    );
    const byArea = onTimeByArea(
      [row('cj-bureau', '2027-03-01', true), row('xj-dept', '2027-03-01', false)],
      units,
      '2026-12-03',
      'province',
    );
    expect(byArea).toEqual([
      { label: '本级部门', rate: null, detail: '未到期，已报送 0/1' },
      { label: 'cj', rate: null, detail: '未到期，已报送 1/1' },
    ]);
  });

  it('charts the on-time share of an area past its due date, and lists the areas not yet due after it', () => {
    const units = new Map(
      [
        unit('xj', null, 'province', 'government'),
        unit('cj', 'xj', 'prefecture', 'government'),
        unit('hm', 'xj', 'prefecture', 'government'),
      ].map((u) => [u.id, u]),
    );
    // 哈密's unit got an extension to April; 昌吉's was due on 1 March and did not report.
    const byArea = onTimeByArea(
      [row('cj', '2027-03-01', false), row('hm', '2027-04-01', false)],
      units,
      '2027-03-10',
      'province',
    );
    expect(byArea).toEqual([
      { label: 'cj', rate: 0, detail: '按时 0/1' },
      { label: 'hm', rate: null, detail: '未到期，已报送 0/1' },
    ]);
  });
});
