import { Button, Modal, Space } from 'antd';
import type { MutableRefObject } from 'react';
import { useLeaveBlocker } from './useLeaveBlocker';

/**
 * Holds back leaving a form whose typing would be lost (the issuing form: a walk, stop 44, lost a
 * notice's title and text to one click on the side menu). In-app navigation asks first; closing or
 * reloading the tab gets the browser's own prompt. `typed` is a ref, so that the page may clear it
 * and navigate in one step once the form was sent.
 */
export function UnsentFormGuard({ typed, what }: { typed: MutableRefObject<boolean>; what: string }) {
  const blocker = useLeaveBlocker(() => typed.current);

  if (blocker.state !== 'blocked') return null;
  return (
    <Modal
      open
      title="填写的内容尚未提交"
      onCancel={() => blocker.reset()}
      footer={
        <Space>
          <Button type="primary" onClick={() => blocker.reset()}>
            留在本页
          </Button>
          <Button danger onClick={() => blocker.proceed()}>
            放弃填写，离开
          </Button>
        </Space>
      }
    >
      {what}尚未提交，离开本页后填写的内容不会保留。
    </Modal>
  );
}
