import { Alert, Badge, Button, Card, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMarkRead } from '../api/mutations';
import { errorText, useNotifications } from '../api/queries';
import { emptyOrSkeleton } from '../components/ListState';
import type { Notification } from '../api/openapi.gen';
import { formatDateTime } from '../components/common';
import { NOTIFICATION_KIND_LABELS } from '../labels';
import { notificationTarget } from '../layout/notificationTarget';

/** 消息中心: every notification with its full reminder text; mark read one by one or all shown. */
export default function NotificationsPage() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  // The bell's count and every notification list read again once marked.
  const { mutateAsync: read } = useMarkRead();
  const query = useNotifications(unreadOnly, 200);
  const items = query.data ?? null;
  const error = errorText(query.error);

  const unread = (items ?? []).filter((n) => !n.readAt).map((n) => n.id);

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          消息中心
        </Typography.Title>
      }
      extra={
        <Button disabled={unread.length === 0} onClick={() => void read(unread)}>
          全部标为已读
        </Button>
      }
    >
      <Segmented
        style={{ marginBottom: 12 }}
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(v) => setUnreadOnly(v === 'unread')}
        options={[
          { value: 'all', label: '全部消息' },
          { value: 'unread', label: '仅未读' },
        ]}
      />
      {error && <Alert type="error" showIcon title={error} />}
      <Table<Notification>
        rowKey="id"
        dataSource={items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: emptyOrSkeleton(query.isPending && !error, '暂无消息') }}
        columns={[
          {
            title: '状态',
            width: 80,
            render: (_, n) =>
              n.readAt ? <Badge status="default" text="已读" /> : <Badge status="error" text="未读" />,
          },
          {
            title: '类别',
            dataIndex: 'kind',
            width: 90,
            render: (k: string) => <Tag>{NOTIFICATION_KIND_LABELS[k] ?? k}</Tag>,
          },
          {
            title: '内容',
            render: (_, n) => (
              <div>
                <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                <div style={{ color: '#595959' }}>{n.body}</div>
              </div>
            ),
          },
          { title: '时间（北京时间）', dataIndex: 'createdAt', width: 150, render: formatDateTime },
          {
            title: '操作',
            width: 160,
            render: (_, n) => (
              <span>
                {n.reportId && (
                  <Link to={`/app/reports/${n.reportId}`} onClick={() => void read([n.id])}>
                    查看报告
                  </Link>
                )}
                {n.kind === 'extension_requested' && n.campaignId && (
                  <Link
                    to={notificationTarget(n)}
                    onClick={() => void read([n.id])}
                    style={{ marginLeft: 8 }}
                  >
                    {/* The request may be decided by now (a walk, stop 48: 去审批 stayed on decided ones). */}
                    查看延期申请
                  </Link>
                )}
                {/* To the 依法治X办 of a government asked (it forwards the notice; the report is not its to read). */}
                {(n.kind === 'campaign_issued' || n.kind === 'campaign_withdrawn') &&
                  !n.reportId &&
                  n.campaignId && (
                    <Link to="/app/campaigns?shown=received" onClick={() => void read([n.id])}>
                      查看上级下发的任务
                    </Link>
                  )}
                {n.kind === 'notice_issued' && n.campaignId && (
                  <Link to={`/app/campaigns/${n.campaignId}/notice`} onClick={() => void read([n.id])}>
                    查看通报
                  </Link>
                )}
                {!n.readAt && (
                  <Button type="link" size="small" onClick={() => void read([n.id])}>
                    标为已读
                  </Button>
                )}
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}
