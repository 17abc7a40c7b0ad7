import { Alert, Button, Space, Typography } from 'antd';
import { useMemo } from 'react';
import type { SectionKey, Unit } from '../../api/openapi.gen';
import { useUnits } from '../../api/queries';
import { issuerLabel } from '../../levelWords';
import { formatDateTime } from '../../components/common';
import { roleLabel, SECTION_LABELS } from '../../labels';
import type { ReturnNote } from './returnNotes';

/**
 * Who returned it, in the words of the report page: the issuing office as the 回执 table names it
 * (issuerLabel: a prefecture's campaign is its 依法治州办's) and its 经办人, or the unit's own reviewer.
 */
export function returnedBy(note: ReturnNote, units: ReadonlyMap<string, Unit>): string {
  if (note.role !== 'coordinator') return `本单位${roleLabel(note.role)} ${note.by}`;
  const office = note.office
    ? issuerLabel(note.office, note.office.id ? units.get(note.office.id) : undefined)
    : '上级单位';
  return `${office} 经办人 ${note.by}`;
}

/**
 * The latest return at the top of the report page while the report is back in drafting (walk P6): the
 * comment used to be seen only inside its section, far down the editor. Says who returned it and
 * when, the comment, and the sections it concerns, each a link to that section; gone once the report
 * moves on (the page shows it only in drafting after a return).
 */
export function ReturnNotice({ note, onJump }: { note: ReturnNote; onJump: (key: SectionKey) => void }) {
  const unitList = useUnits().data;
  const units = useMemo(() => new Map((unitList ?? []).map((u) => [u.id, u])), [unitList]);
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="return-notice"
      style={{ marginTop: 8 }}
      title={
        note.kind === 'in_principle'
          ? `集体审议原则通过，请按意见修改后送主要负责人签发（${returnedBy(note, units)}，${formatDateTime(note.at)}）`
          : `报告已退回修改：${returnedBy(note, units)}，${formatDateTime(note.at)}`
      }
      description={
        <Space orientation="vertical" size={2} style={{ width: '100%' }}>
          <Typography.Paragraph
            style={{ margin: 0, whiteSpace: 'pre-wrap' }}
            data-testid="return-notice-comment"
          >
            {note.kind === 'in_principle' ? '修改意见' : '退回意见'}：{note.text}
          </Typography.Paragraph>
          <Space size={[4, 0]} wrap data-testid="return-notice-sections">
            <span>涉及：</span>
            {note.sections.length === 0 ? (
              <span>整篇报告</span>
            ) : (
              note.sections.map((key) => (
                <Button
                  key={key}
                  type="link"
                  size="small"
                  style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                  onClick={() => onJump(key)}
                >
                  {SECTION_LABELS[key]}
                </Button>
              ))
            )}
          </Space>
        </Space>
      }
    />
  );
}
