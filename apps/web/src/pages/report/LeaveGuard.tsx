import { Button, Modal, Space } from 'antd';
import { useLeaveBlocker } from '../../components/useLeaveBlocker';

/**
 * Holds back leaving an editor with unsaved changes: in-app navigation (side menu, links, Back)
 * asks first; closing or reloading the tab gets the browser's own prompt. The local draft is kept
 * either way, so even "leave" loses nothing.
 */
export function LeaveGuard({ dirty, onSave }: { dirty: boolean; onSave: () => Promise<boolean> }) {
  const blocker = useLeaveBlocker(() => dirty);

  if (blocker.state !== 'blocked') return null;
  return (
    <Modal
      open
      title="有未保存的修改"
      onCancel={() => blocker.reset()}
      footer={
        <Space>
          <Button onClick={() => blocker.reset()}>留在本页</Button>
          <Button onClick={() => blocker.proceed()}>暂不保存，离开</Button>
          <Button
            type="primary"
            onClick={async () => {
              if (await onSave()) blocker.proceed();
              else blocker.reset();
            }}
          >
            保存后离开
          </Button>
        </Space>
      }
    >
      正文有尚未保存为新版本的修改。离开后修改会保留在本机的草稿中，再次打开本报告时自动恢复；保存后才会成为新版本、他人可见。
    </Modal>
  );
}
