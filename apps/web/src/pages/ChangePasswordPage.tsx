import { LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client';
import { useChangePassword } from '../api/mutations';
import { notEasilyGuessed, notTheDemoPassword } from '../components/passwordRules';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** The server's rule (apps/api/src/auth/password-policy.ts), checked here first to save a round trip. */
const POLICY =
  '至少 10 位，须同时包含字母和数字，不能有 6 位以上的连续或相同字符（如 123456），且不能使用公开的演示密码';

/** What each refusal of POST /auth/password means, in the user's words. */
function explain(error: unknown): string {
  if (!(error instanceof ApiError)) return '修改失败，请稍后再试';
  switch (error.code) {
    case 'CURRENT_PASSWORD_WRONG':
      return '当前密码不正确，密码未修改';
    case 'PASSWORD_UNCHANGED':
      return '新密码不能与当前密码相同';
    case 'VALIDATION_FAILED':
      return `新密码不符合要求：${POLICY}`;
    case 'UNAUTHENTICATED':
    case 'SESSION_ENDED':
    case 'INVALID_TOKEN':
      return '登录已失效，请重新登录后再修改密码';
    default:
      return error.message;
  }
}

/**
 * 修改密码. `forced`: the administrator set a one-time password; nothing else works until it is
 * replaced (the API answers PASSWORD_CHANGE_REQUIRED everywhere else), so this is the whole screen.
 */
export default function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordForm>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const changePassword = useChangePassword();

  const submit = async (values: PasswordForm) => {
    setBusy(true);
    setError(null);
    try {
      await changePassword.mutateAsync({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      if (forced) {
        // A fresh start loads who I am, which the API refused until now.
        window.location.assign('/app/todo');
        return;
      }
      form.resetFields();
      void message.success('密码已修改；其他设备上的登录已退出');
    } catch (e) {
      setError(explain(e));
    } finally {
      setBusy(false);
    }
  };

  const card = (
    <Card
      style={{ maxWidth: 440, width: '100%' }}
      title={
        <Typography.Title level={1} style={{ fontSize: 18, margin: 0 }}>
          {forced ? '首次登录请修改密码' : '修改密码'}
        </Typography.Title>
      }
    >
      {forced && (
        <Typography.Paragraph type="secondary">
          管理员为您设置了临时密码。修改密码后才能继续使用系统。
        </Typography.Paragraph>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form<PasswordForm> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          label={forced ? '临时密码' : '当前密码'}
          name="currentPassword"
          rules={[{ required: true, message: '请输入当前密码' }]}
        >
          <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          extra={POLICY}
          rules={[
            { required: true, message: '请输入新密码' },
            { min: 10, message: '新密码至少 10 位' },
            { max: 200, message: '新密码最多 200 位' },
            { pattern: /^(?=.*[A-Za-z])(?=.*\d)/s, message: '新密码须同时包含字母和数字' },
            notEasilyGuessed,
            notTheDemoPassword,
          ]}
        >
          <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error('两次输入的新密码不一致')),
            }),
          ]}
        >
          <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          修改密码
        </Button>
      </Form>
    </Card>
  );

  if (!forced) return card;
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
      {card}
    </main>
  );
}
