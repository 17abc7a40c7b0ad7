import { Tag, Tooltip } from 'antd';
import type { BoardRow } from '../../api/openapi.gen';

/**
 * 内部流程不符合要求 (issue #17): the unit's chosen internal review chain lacks what the campaign
 * requires, so its report follows the campaign's own path; says what is missing.
 */
export function ChainShortfallTag({ row }: { row: Pick<BoardRow, 'chainShortfall'> }) {
  if (row.chainShortfall.length === 0) return null;
  const missing = `缺少${row.chainShortfall.map((s) => s.label).join('、')}`;
  return (
    <Tooltip
      title={`本单位选择的内部审核流程${missing}，不符合本任务的内部审核流程要求；其报告按本任务的流程办理`}
    >
      <Tag
        color="orange"
        data-testid="chain-shortfall"
        style={{ marginInlineEnd: 0, marginTop: 2, whiteSpace: 'normal', maxWidth: '100%' }}
      >
        内部流程不符合要求：{missing}
      </Tag>
    </Tooltip>
  );
}

export const CHAIN_SHORTFALL_OPTIONS = [
  { value: 'true', label: '内部流程不符合要求' },
  { value: 'false', label: '内部流程符合要求' },
];
