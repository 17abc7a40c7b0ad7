import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Popover, Tag } from 'antd';
import { ApiError, download } from '../../api/client';
import type { BoardRow } from '../../api/openapi.gen';

/**
 * 得分 with its 扣分原因 in a popover: the office must be able to say why a unit lost points
 * before the 通报 names it. Full marks show no popover (there is nothing to explain).
 */
export function ScoreCell({ row }: { row: Pick<BoardRow, 'score' | 'scoreReasons' | 'scorePending'> }) {
  const reasons = (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {row.scoreReasons.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  );
  // Nothing before the office now and not yet due: not full marks (暂不评分). Points already lost (a
  // report returned several times) are still said: the office knew them before the unit redrafted.
  if (row.scorePending)
    return (
      <Popover
        trigger={['hover', 'focus']}
        title="暂不评分"
        content={
          <div style={{ maxWidth: 320 }}>
            目前没有已报送的报告，截止日期未到，暂不评分。
            {row.scoreReasons.length > 0 && <>已扣分：{reasons}</>}
          </div>
        }
      >
        <Tag tabIndex={0} style={{ cursor: 'help' }}>
          未到期
        </Tag>
      </Popover>
    );
  if (row.scoreReasons.length === 0) return <Tag color="green">{row.score}</Tag>;
  return (
    <Popover
      // Focus as well as hover: the tag is reached with Tab, and a keyboard user must read the reasons too.
      trigger={['hover', 'focus']}
      title="扣分原因"
      content={reasons}
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
