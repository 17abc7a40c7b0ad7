import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError, takeSessionExpired } from '../api/client';
import { useAuth } from '../auth/AuthContext';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const { me, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Read once: the explanation stays on this page until the user logs in again.
  const [expired] = useState(takeSessionExpired);
  const from = (location.state as { from?: string } | null)?.from ?? '/app/todo';
  if (me) return <Navigate to={from} replace />;

  const submit = async (values: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      await login(values.username.trim(), values.password);
      navigate(from, { replace: true });
    } catch (e) {
      // Logged in with a one-time password from an administrator: it must be replaced first.
      if (e instanceof ApiError && e.code === 'PASSWORD_CHANGE_REQUIRED') {
        navigate('/app/password-change', { replace: true });
        return;
      }
      setError(e instanceof ApiError ? e.message : '登录失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(180deg, #1d4e89 0%, #f0f2f5 60%)',
      }}
    >
      <Card style={{ width: 400 }}>
        <Typography.Title level={1} style={{ fontSize: 22, textAlign: 'center', marginBottom: 4 }}>
          法治政府建设年度报告报送系统
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          起草 · 审核 · 审议 · 逐级报送
        </Typography.Paragraph>
        {expired && !error && (
          <Alert
            type="warning"
            showIcon
            role="status"
            data-testid="session-expired"
            // Not only time: a logout elsewhere or a password an administrator reset ends it too
            // (a walk, stop 55: after a reset the user read 已过期 and wondered why).
            title="登录已失效，请重新登录"
            description="登录超时、在其他地方退出或密码被管理员重置后会出现此提示。未保存的正文已保留在本机，重新登录后回到报告即可恢复。"
            style={{ marginBottom: 16 }}
          />
        )}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form<LoginForm> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
      </Card>
    </main>
  );
}
