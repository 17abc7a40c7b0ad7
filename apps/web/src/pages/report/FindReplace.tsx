import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import type { ReportSections } from '../../api/openapi.gen';
import { sectionKeyValues } from '../../api/openapi.gen';

/**
 * 全部替换 across the five sections: a report adapted from last year's or another unit's text
 * (year, unit name) is corrected in one step. Says how many places changed.
 */
export function FindReplace({
  sections,
  title,
  onReplace,
}: {
  sections: ReportSections;
  title: string;
  onReplace: (next: ReportSections, nextTitle: string, count: number) => void;
}) {
  const [find, setFind] = useState('');
  const [replace, setReplace] = useState('');
  const count = find
    ? sectionKeyValues.reduce((n, k) => n + sections[k].split(find).length - 1, title.split(find).length - 1)
    : 0;
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <label htmlFor="find-text">查找</label>
      <Input id="find-text" style={{ width: 160 }} value={find} onChange={(e) => setFind(e.target.value)} />
      <label htmlFor="replace-text">替换为</label>
      <Input
        id="replace-text"
        style={{ width: 160 }}
        value={replace}
        onChange={(e) => setReplace(e.target.value)}
      />
      <Button
        disabled={count === 0}
        onClick={() => {
          const next = Object.fromEntries(
            sectionKeyValues.map((k) => [k, sections[k].split(find).join(replace)]),
          ) as ReportSections;
          onReplace(next, title.split(find).join(replace), count);
        }}
      >
        全部替换{find ? `（${count} 处）` : ''}
      </Button>
    </Space>
  );
}
