import { Alert, Button, Typography } from 'antd';
import { SECTION_LABELS } from '../../labels';
import type { DraftConflict } from './localDraft';

/**
 * What a restored draft could not place: the parts changed both in this browser and in a revision
 * saved since. The saved text stays in the editor; the local text is shown here to copy from, until
 * the drafter says it is dealt with (nothing typed is dropped without the drafter's action).
 */
export function DraftConflicts({ conflicts, onDone }: { conflicts: DraftConflict[]; onDone: () => void }) {
  if (conflicts.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="draft-conflicts"
      style={{ marginBottom: 12 }}
      title="以下部分在您离开后已另行保存过，为免覆盖，编辑器中保留了已保存的内容；您本机的修改列在下面，请对照后手工合并"
      description={conflicts.map((c) => (
        <div key={c.part} style={{ marginTop: 8 }}>
          <Typography.Text strong>
            {c.part === 'title' ? '报告标题' : SECTION_LABELS[c.part]}（本机内容）
          </Typography.Text>
          <Typography.Paragraph
            copyable={{ text: c.local, tooltips: ['复制', '已复制'] }}
            style={{ whiteSpace: 'pre-wrap', maxHeight: 160, overflow: 'auto', marginBottom: 0 }}
          >
            {c.local}
          </Typography.Paragraph>
        </div>
      ))}
      action={
        <Button size="small" onClick={onDone}>
          已合并，关闭
        </Button>
      }
    />
  );
}
