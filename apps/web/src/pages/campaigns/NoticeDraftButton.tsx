import { FileTextOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { call } from '../../api/contract';

/**
 * 生成通报草稿: the 通报 drafted from the board's facts, in a text box the coordinator edits and
 * copies into the office's document (the API does not store or issue it yet).
 */
export function NoticeDraftButton({ campaignId }: { campaignId: string }) {
  const { message } = App.useApp();
  const [text, setText] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const open = async () => {
    setLoading(true);
    try {
      const draft = await call('get', '/campaigns/{id}/notice-draft', { params: { id: campaignId } });
      setText([draft.title, '', ...draft.paragraphs].join('\n'));
    } catch (e) {
      void message.error(e instanceof ApiError ? e.message : '生成失败');
    } finally {
      setLoading(false);
    }
  };
  const copy = async () => {
    await navigator.clipboard.writeText(text ?? '');
    void message.success('已复制');
  };
  return (
    <>
      <Button icon={<FileTextOutlined aria-hidden />} loading={loading} onClick={() => void open()}>
        生成通报草稿
      </Button>
      <Modal
        title="通报草稿"
        open={text !== null}
        width={760}
        onCancel={() => setText(null)}
        okText="复制全文"
        cancelText="关闭"
        onOk={() => void copy()}
      >
        <Typography.Paragraph type="secondary">
          按看板当前情况生成，可直接修改后复制到公文中；系统暂不保存和印发通报。
        </Typography.Paragraph>
        <Input.TextArea
          aria-label="通报草稿"
          value={text ?? ''}
          onChange={(e) => setText(e.target.value)}
          autoSize={{ minRows: 12, maxRows: 28 }}
        />
      </Modal>
    </>
  );
}
