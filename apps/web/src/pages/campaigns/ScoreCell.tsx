import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Popover, Tag, Tooltip } from 'antd';
import { ApiError, download } from '../../api/client';
import type { BoardRow } from '../../api/openapi.gen';

/**
 * 得分 with its 扣分原因 in a popover: the office must be able to say why a unit lost points
 * before the 通报 names it. Full marks show no popover (there is nothing to explain).
 */
export function ScoreCell({ row }: { row: Pick<BoardRow, 'score' | 'scoreReasons' | 'scorePending'> }) {
  // Nothing sent and not yet due: a unit that has not reported is not at full marks (暂不评分).
  if (row.scorePending)
    return (
      <Tooltip title="尚未报送，截止日期未到，暂不评分">
        <Tag tabIndex={0}>未到期</Tag>
      </Tooltip>
    );
  if (row.scoreReasons.length === 0) return <Tag color="green">{row.score}</Tag>;
  return (
    <Popover
      // Focus as well as hover: the tag is reached with Tab, and a keyboard user must read the reasons too.
      trigger={['hover', 'focus']}
      title="扣分原因"
      content={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {row.scoreReasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      }
    >
      <Tag color={row.score < 90 ? 'red' : 'orange'} style={{ cursor: 'help' }} tabIndex={0}>
        {row.score}
      </Tag>
    </Popover>
  );
}

/** 导出评分表: every target with its facts, score and reasons, and the rule used (XLSX). */
export function ScoresheetButton({ campaignId }: { campaignId: string }) {
  const { message } = App.useApp();
  const save = async () => {
    try {
      const { blob, filename } = await download(`/campaigns/${campaignId}/scoresheet.xlsx`);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = filename;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (e) {
      void message.error(e instanceof ApiError ? e.message : '导出失败');
    }
  };
  return (
    <Button icon={<DownloadOutlined aria-hidden />} onClick={() => void save()}>
      导出评分表
    </Button>
  );
}
