import { Alert, App, Button, Card, Popconfirm, Table, Tag, Typography } from 'antd';
import { useReplayDeadLetter } from '../../api/adminMutations';
import { useDeadLetters } from '../../api/adminQueries';
import { ApiError } from '../../api/client';
import { errorText } from '../../api/queries';
import { emptyOrSkeleton } from '../../components/ListState';
import type { DeadLetter } from '../../api/openapi.gen';
import { formatDateTime } from '../../components/common';

const CHANNELS: Record<string, string> = { email: '电子邮件', webhook: '系统推送', sms: '短信' };

/**
 * Why it is here. "unconfirmed": the worker sending it stopped mid-send, so the message may have
 * left; it is held back rather than sent twice, and the admin checks before sending it again.
 */
const UNCONFIRMED = '发送结果未知（可能已发出），请核实后再重发';

/** 失败通知: deliveries that failed every retry in my admin subtree; send one again. */
export default function DeadLettersPage() {
  const { message } = App.useApp();
  const replayDeadLetter = useReplayDeadLetter();
  const items = useDeadLetters();
  const error = errorText(items.error);
  const replay = async (d: DeadLetter) => {
    try {
      await replayDeadLetter.mutateAsync(d.id);
      message.success('已重新发送');
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '重新发送失败');
    }
  };
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          失败通知
        </Typography.Title>
      }
    >
      <Typography.Paragraph type="secondary">
        多次重试仍未送达的邮件与系统推送，以及发送中断、结果未知的通知。排除故障（如地址错误、对方系统停机）后可重新发送；结果未知的通知请先向接收方核实是否已收到，避免重复提醒。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<DeadLetter>
        rowKey="id"
        size="small"
        dataSource={items.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: emptyOrSkeleton(items.isPending && !error, '没有发送失败的通知') }}
        columns={[
          {
            title: '渠道',
            dataIndex: 'channel',
            width: 100,
            render: (c: string) => <Tag>{CHANNELS[c] ?? c}</Tag>,
          },
          { title: '接收方', dataIndex: 'target', width: 200, ellipsis: true },
          { title: '单位', dataIndex: ['unit', 'name'], width: 180 },
          { title: '主题', dataIndex: 'subject' },
          { title: '尝试次数', dataIndex: 'attempts', width: 90 },
          {
            title: '原因',
            width: 220,
            render: (_, d) =>
              d.reason === 'unconfirmed' ? (
                // A tag does not wrap by itself: the 21 characters would run into the next column at 1366 px.
                <Tag color="warning" style={{ whiteSpace: 'normal' }}>
                  {UNCONFIRMED}
                </Tag>
              ) : (
                <Typography.Text ellipsis={{ tooltip: d.lastError }}>{d.lastError}</Typography.Text>
              ),
          },
          { title: '失败时间', dataIndex: 'deadAt', width: 150, render: formatDateTime },
          {
            title: '操作',
            width: 100,
            render: (_, d) =>
              d.reason === 'unconfirmed' ? (
                <Popconfirm
                  title="此通知可能已发出"
                  description="请确认接收方未收到后再重新发送。"
                  okText="重新发送"
                  cancelText="取消"
                  onConfirm={() => replay(d)}
                >
                  <Button size="small">重新发送</Button>
                </Popconfirm>
              ) : (
                <Button size="small" onClick={() => void replay(d)}>
                  重新发送
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}
