import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Popover, Spin, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMarkRead } from '../api/mutations';
import { keys, useNotifications, useUnreadCount } from '../api/queries';
import type { Notification } from '../api/openapi.gen';
import { formatDateTime } from '../components/common';
import { notificationTarget } from './notificationTarget';

/**
 * The bell: unread count (polled, and on focus), the latest messages with their reminder texts,
 * click to open. A rising count means something arrived, usually work: 我的待办 reads again.
 */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const markRead = useMarkRead();
  const unread = useUnreadCount().data?.unread ?? 0;
  const latest = useNotifications(false, 10, open);
  const items = open ? (latest.isPending ? null : (latest.data ?? [])) : null;
  const navigate = useNavigate();
  const seen = useRef(unread);

  useEffect(() => {
    if (unread > seen.current) void queryClient.invalidateQueries({ queryKey: keys.workQueue });
    seen.current = unread;
  }, [unread, queryClient]);

  const openItem = async (n: Notification) => {
    if (!n.readAt) {
      await markRead.mutateAsync([n.id]);
    }
    setOpen(false);
    navigate(notificationTarget(n));
  };

  const content = (
    <div style={{ width: 380, maxHeight: 420, overflowY: 'auto' }} data-testid="bell-list">
      {items === null ? (
        <Spin description="加载中…">
          <div style={{ height: 60 }} />
        </Spin>
      ) : items.length === 0 ? (
        <Empty description="暂无消息" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((n) => (
            <li key={n.id} style={{ borderBottom: '1px solid #f0f0f0' }}>
              <button
                type="button"
                onClick={() => void openItem(n)}
                style={{
                  all: 'unset',
                  display: 'block',
                  width: '100%',
                  padding: '8px 4px',
                  cursor: 'pointer',
                  boxSizing: 'border-box',
                }}
              >
                <Typography.Text strong={!n.readAt}>
                  {!n.readAt && <Badge status="error" style={{ marginRight: 6 }} />}
                  {n.title}
                </Typography.Text>
                <div style={{ color: '#595959', fontSize: 13 }}>{n.body}</div>
                <div style={{ color: '#737373', fontSize: 12 }}>{formatDateTime(n.createdAt)}</div>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div style={{ textAlign: 'center', paddingTop: 8 }}>
        <Button
          type="link"
          onClick={() => {
            setOpen(false);
            navigate('/app/notifications');
          }}
        >
          查看全部消息
        </Button>
      </div>
    </div>
  );

  return (
    <Popover
      content={content}
      title="消息通知"
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
    >
      <Badge count={unread} overflowCount={99} size="small">
        <Button
          shape="circle"
          icon={<BellOutlined aria-hidden />}
          aria-label={unread > 0 ? `消息通知，${unread} 条未读` : '消息通知'}
          data-testid="bell"
        />
      </Badge>
    </Popover>
  );
}
