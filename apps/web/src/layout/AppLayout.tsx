import {
  ApartmentOutlined,
  AuditOutlined,
  BellOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CopyOutlined,
  FileTextOutlined,
  FieldTimeOutlined,
  HistoryOutlined,
  KeyOutlined,
  LogoutOutlined,
  NotificationOutlined,
  TeamOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Layout, Menu, Space, Tag, Typography, type MenuProps } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import type { Me, Role } from '../api/openapi.gen';
import { useAuth } from '../auth/AuthContext';
import { roleLabel } from '../labels';
import { coordinatorLabel } from '../levelWords';
import { canReadCopies } from '../pages/copiesAccess';
import { CalendarMissingBanner } from './CalendarMissingBanner';
import { NotificationBell } from './NotificationBell';

interface MenuEntry {
  key: string;
  label: string;
  icon: React.ReactNode;
  roles?: Role[];
  /** Shown only to whom this says (finer than the group's roles). */
  visible?: (me: Me | null) => boolean;
}

const GROUPS: Array<{ label: string; roles?: Role[]; items: MenuEntry[] }> = [
  {
    label: '工作台',
    items: [
      { key: '/app/todo', label: '我的待办', icon: <CarryOutOutlined /> },
      { key: '/app/reports', label: '年度报告', icon: <FileTextOutlined /> },
      { key: '/app/copies', label: '收到的报告', icon: <CopyOutlined />, visible: canReadCopies },
      { key: '/app/history', label: '报送记录', icon: <HistoryOutlined /> },
      { key: '/app/notifications', label: '消息中心', icon: <BellOutlined /> },
      { key: '/app/password', label: '修改密码', icon: <KeyOutlined /> },
    ],
  },
  {
    label: '报送管理',
    roles: ['coordinator'],
    items: [
      { key: '/app/campaigns', label: '报送任务', icon: <NotificationOutlined /> },
      { key: '/app/extensions', label: '延期申请', icon: <FieldTimeOutlined /> },
    ],
  },
  {
    label: '系统管理',
    roles: ['admin'],
    items: [
      { key: '/app/admin/units', label: '单位管理', icon: <ApartmentOutlined /> },
      { key: '/app/admin/users', label: '用户与角色', icon: <TeamOutlined /> },
      { key: '/app/admin/dead-letters', label: '失败通知', icon: <WarningOutlined /> },
      { key: '/app/admin/calendar', label: '节假日安排', icon: <CalendarOutlined /> },
    ],
  },
];

/** The admin-console frame: side menu by role, a header with the bell and who is logged in. */
export function AppLayout() {
  const { me, logout, hasRole } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();

  const items: MenuProps['items'] = GROUPS.filter((g) => !g.roles || hasRole(...g.roles)).map((g) => ({
    type: 'group',
    label: g.label,
    children: g.items
      .filter((i) => !i.visible || i.visible(me))
      .map((i) => ({ key: i.key, label: i.label, icon: i.icon })),
  }));
  const selected = GROUPS.flatMap((g) => g.items)
    .map((i) => i.key)
    .filter((k) => location.pathname.startsWith(k))
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);
  const roles = [...new Set((me?.roles ?? []).map((r) => r.role))];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="rf-skip-link" href="#main">
        跳到主要内容
      </a>
      <Layout.Sider width={200} theme="dark" breakpoint="lg" collapsedWidth={64}>
        <div
          style={{
            color: '#fff',
            padding: '16px 12px',
            fontWeight: 600,
            fontSize: 15,
            display: 'flex',
            gap: 8,
          }}
        >
          <AuditOutlined aria-hidden style={{ fontSize: 20 }} />
          <span>年度报告报送</span>
        </div>
        <nav aria-label="主菜单">
          <Menu
            theme="dark"
            mode="inline"
            items={items}
            selectedKeys={selected}
            onClick={({ key }) => {
              // Choosing the menu item one is already on means "show me the latest".
              if (location.pathname === key) void queryClient.invalidateQueries();
              else navigate(key);
            }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            boxShadow: '0 1px 4px rgba(0,21,41,.08)',
          }}
        >
          <Typography.Text strong style={{ fontSize: 16 }}>
            法治政府建设年度报告报送系统
          </Typography.Text>
          <Space size="middle">
            <NotificationBell />
            <span>
              <Typography.Text>{me?.displayName}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                {me?.unit.name}
              </Typography.Text>
            </span>
            {roles.map((r) => (
              <Tag key={r} color="blue">
                {r === 'coordinator' && me ? coordinatorLabel(me.unit) : roleLabel(r)}
              </Tag>
            ))}
            <Button icon={<LogoutOutlined aria-hidden />} onClick={() => void logout()}>
              退出
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} style={{ margin: 16, outline: 'none' }}>
          <CalendarMissingBanner />
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
