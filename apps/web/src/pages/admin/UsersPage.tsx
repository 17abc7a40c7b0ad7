import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  TreeSelect,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useChangeUser, useCreateUser, type UserChange } from '../../api/adminMutations';
import { useUsers } from '../../api/adminQueries';
import { ApiError } from '../../api/client';
import { errorText, useUnits } from '../../api/queries';
import type { Role, Unit, UserView } from '../../api/openapi.gen';
import { roleValues } from '../../api/openapi.gen';
import { useAuth } from '../../auth/AuthContext';
import { emptyOrSkeleton } from '../../components/ListState';
import { unitTree } from '../../components/unitTree';
import { roleLabel } from '../../labels';
import { coordinatorLabel } from '../../levelWords';
import { givenPasswordRules } from '../../components/passwordRules';
import { formatBeijingDateTime } from '../../components/dates';

/** 用户与角色: users of my admin subtree; create, grant or remove roles (in any unit the API allows), unlock, set a one-time password, deactivate. */
export default function UsersPage() {
  const { message, modal } = App.useApp();
  const { me } = useAuth();
  const unitsQuery = useUnits();
  const units = useMemo(() => unitsQuery.data ?? [], [unitsQuery.data]);
  const [unitId, setUnitId] = useState<string | undefined>();
  const users = useUsers(unitId);
  const error = errorText(users.error);
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<UserView | null>(null);
  const [resetting, setResetting] = useState<UserView | null>(null);
  const unitName = useMemo(() => new Map(units.map((u) => [u.id, u.name])), [units]);
  const unitsById = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);

  // A change reads every user list (and the drafter counts) again before it resolves.
  const changeUser = useChangeUser();

  const act = async (change: UserChange, done: string) => {
    try {
      await changeUser.mutateAsync(change);
      message.success(done);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '操作失败');
    }
  };

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          用户与角色
        </Typography.Title>
      }
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          新增用户
        </Button>
      }
    >
      <Space style={{ marginBottom: 12 }}>
        <TreeSelect
          aria-label="按单位筛选"
          placeholder="全部单位"
          allowClear
          style={{ width: 320 }}
          treeData={unitTree(units)}
          showSearch
          treeNodeFilterProp="title"
          value={unitId}
          onChange={setUnitId}
        />
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<UserView>
        rowKey="id"
        dataSource={users.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: emptyOrSkeleton(users.isPending && !error, '该范围内没有用户') }}
        columns={[
          { title: '用户名', dataIndex: 'username', width: 130 },
          { title: '姓名', dataIndex: 'displayName', width: 110 },
          // A width of its own: with the buttons' column it was squeezed to one character a line.
          { title: '单位', dataIndex: 'unitId', width: 190, render: (id: string) => unitName.get(id) ?? '—' },
          {
            title: '角色',
            render: (_, u) =>
              u.roles.map((r) => (
                <Tag
                  key={`${r.role}-${r.unitId}`}
                  closable
                  closeIcon={<span aria-label={`移除角色${roleLabel(r.role)}`}>×</span>}
                  onClose={(e) => {
                    e.preventDefault();
                    // One slip of the × removed a unit's only drafter, whose campaigns and 催办 then reach
                    // nobody (a civil servant's walk, stop 40): asked first, naming who, what and where.
                    const drafters = (users.data ?? []).filter(
                      (x) => x.active && x.roles.some((g) => g.role === 'drafter' && g.unitId === r.unitId),
                    );
                    const lastDrafter = r.role === 'drafter' && drafters.length === 1;
                    modal.confirm({
                      title: '移除角色',
                      content: (
                        <>
                          <p>
                            移除 {u.displayName}（{u.username}）在{unitName.get(r.unitId) ?? '该单位'}的“
                            {roleLabel(r.role)}”角色？
                          </p>
                          {lastDrafter && (
                            <Alert
                              type="warning"
                              showIcon
                              title="此人是该单位唯一的起草人：移除后，报送任务、催办和退回将无人接收。"
                            />
                          )}
                        </>
                      ),
                      okText: '确认移除',
                      okButtonProps: { danger: true },
                      cancelText: '取消',
                      onOk: () =>
                        act({ kind: 'remove', userId: u.id, role: r.role, unitId: r.unitId }, '角色已移除'),
                    });
                  }}
                >
                  {heldRoleLabel(r.role, unitsById.get(u.unitId))}
                  {r.unitId !== u.unitId && `（${unitName.get(r.unitId) ?? ''}）`}
                </Tag>
              )),
          },
          {
            title: '状态',
            width: 110,
            render: (_, u) => <AccountState user={u} />,
          },
          {
            title: '操作',
            width: 250,
            render: (_, u) => (
              <Space wrap size={[8, 4]}>
                <Button size="small" onClick={() => setGranting(u)}>
                  授予角色
                </Button>
                {isLocked(u) && (
                  <Popconfirm
                    title={`解除 ${u.displayName} 的登录锁定？`}
                    description="请先确认是本人来电求助；解锁后可立即用原密码登录。"
                    okText="解锁"
                    cancelText="取消"
                    onConfirm={() => act({ kind: 'unlock', userId: u.id }, '已解锁，可以重新登录')}
                  >
                    <Button size="small">解锁</Button>
                  </Popconfirm>
                )}
                {u.id !== me?.id && u.active && (
                  <Button size="small" onClick={() => setResetting(u)}>
                    重置密码
                  </Button>
                )}
                {u.id !== me?.id && (
                  <Popconfirm
                    title={u.active ? '停用后该用户立即退出登录，确定停用？' : '确定启用该用户？'}
                    description={u.active ? soleHolderWarning(u, users.data ?? []) : undefined}
                    okText="确定"
                    cancelText="取消"
                    onConfirm={() =>
                      act({ kind: 'active', userId: u.id, active: !u.active }, u.active ? '已停用' : '已启用')
                    }
                  >
                    <Button size="small" danger={u.active}>
                      {u.active ? '停用' : '启用'}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {creating && (
        <CreateUserDialog
          units={units}
          defaultUnit={unitId}
          onClose={() => setCreating(false)}
          onCreated={(createdInUnit) => {
            setCreating(false);
            // The new account is found where it was made: the list shows its unit (a walk, stop 42:
            // it was on a later page of everyone, and nothing said where).
            setUnitId(createdInUnit);
          }}
        />
      )}
      {granting && (
        <GrantDialog
          user={granting}
          units={units}
          onClose={() => setGranting(null)}
          onGrant={(role, roleUnitId) =>
            act({ kind: 'grant', userId: granting.id, role, unitId: roleUnitId }, '角色已授予').then(() =>
              setGranting(null),
            )
          }
        />
      )}
      {resetting && <OneTimePasswordDialog user={resetting} onClose={() => setResetting(null)} />}
    </Card>
  );
}

interface UserForm {
  unitId: string;
  username: string;
  displayName: string;
  password: string;
  email?: string;
  roles: Role[];
}

function CreateUserDialog({
  units,
  defaultUnit,
  onClose,
  onCreated,
}: {
  units: Unit[];
  defaultUnit?: string;
  onClose: () => void;
  onCreated: (unitId: string) => void;
}) {
  const { message } = App.useApp();
  const createUser = useCreateUser();
  const [form] = Form.useForm<UserForm>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open
      title="新增用户"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText="保存"
      cancelText="取消"
      // With a refusal shown above the fields it grew to 718 px and 保存 went below a 768-high
      // screen (a walk, stop 46): the body scrolls, the buttons stay in view.
      style={{ top: 24 }}
      styles={{ body: { maxHeight: 'calc(100vh - 200px)', overflowY: 'auto' } }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form<UserForm>
        form={form}
        layout="vertical"
        initialValues={{ unitId: defaultUnit, roles: ['drafter'] }}
        onFinish={async (v) => {
          setBusy(true);
          setError(null);
          try {
            await createUser.mutateAsync({
              ...v,
              email: v.email || undefined,
              roles: v.roles.map((role) => ({ role })),
            });
            message.success(`用户 ${v.username} 已创建，列表已显示其所在单位的用户`);
            onCreated(v.unitId);
          } catch (e) {
            setError(e instanceof ApiError ? e.message : '保存失败');
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item label="所属单位" name="unitId" rules={[{ required: true, message: '请选择单位' }]}>
          <TreeSelect treeData={unitTree(units)} showSearch treeNodeFilterProp="title" />
        </Form.Item>
        <Form.Item
          label="用户名"
          name="username"
          rules={[
            {
              required: true,
              pattern: /^[a-z0-9][a-z0-9._-]{2,63}$/,
              message: '3-64 位小写字母、数字、点、横线或下划线',
            },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="姓名"
          name="displayName"
          rules={[{ required: true, max: 100, message: '请填写姓名' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label="初始密码"
          name="password"
          extra="请将初始密码告知本人；首次登录时须改为本人设置的密码。"
          rules={givenPasswordRules}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label="电子邮箱" name="email" rules={[{ type: 'email', message: '邮箱格式不正确' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="角色" name="roles" rules={[{ required: true, message: '请至少选择一个角色' }]}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={roleValues.map((r) => ({ value: r, label: roleLabel(r) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Roles that may be held outside the user's own unit (the API's SUBTREE_ROLES): see GrantDialog. */
const ROLES_HELD_ELSEWHERE: ReadonlyArray<Role> = ['coordinator', 'admin'];

function GrantDialog({
  user,
  units,
  onClose,
  onGrant,
}: {
  user: UserView;
  units: Unit[];
  onClose: () => void;
  onGrant: (role: Role, unitId: string) => Promise<void>;
}) {
  const [role, setRole] = useState<Role | undefined>();
  const [unitId, setUnitId] = useState<string>(user.unitId);
  // Where a role may be held (the API's rule): the user's own unit; for 经办人 and 管理员 also the
  // parent unit (a 司法局 coordinating its level) and an office the unit houses (a 司法局's clerk
  // as 经办人 of the 依法治县办): the walk of stop 42 found no way to set up that office's new clerk.
  const own = units.find((u) => u.id === user.unitId);
  const places = units.filter(
    (u) => u.id === user.unitId || u.id === own?.parentId || u.housedInUnitId === user.unitId,
  );
  const elsewhere = unitId !== user.unitId;
  const held = new Set(user.roles.filter((r) => r.unitId === unitId).map((r) => r.role));
  const offered = roleValues.filter((r) => !held.has(r) && (!elsewhere || ROLES_HELD_ELSEWHERE.includes(r)));
  return (
    <Modal
      open
      title={`为 ${user.displayName} 授予角色`}
      onCancel={onClose}
      onOk={() => role && void onGrant(role, unitId)}
      okButtonProps={{ disabled: !role }}
      okText="授予"
      cancelText="取消"
    >
      {places.length > 1 && (
        <>
          <label htmlFor="grant-unit">在哪个单位</label>
          <Select<string>
            id="grant-unit"
            style={{ width: '100%', margin: '8px 0 4px' }}
            value={unitId}
            onChange={(next) => {
              setUnitId(next);
              setRole(undefined);
            }}
            options={places.map((u) => ({
              value: u.id,
              label: u.id === user.unitId ? `${u.name}（所属单位）` : u.name,
            }))}
          />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            在上级单位或本单位承办的依法治办（依法治区办、依法治州办、依法治县办），只能授予经办人或管理员角色。
          </Typography.Paragraph>
        </>
      )}
      <label htmlFor="grant-role">{places.length > 1 ? '角色' : '角色（在其所属单位）'}</label>
      <Select<Role>
        id="grant-role"
        style={{ width: '100%', marginTop: 8 }}
        value={role}
        onChange={setRole}
        showSearch
        optionFilterProp="label"
        options={offered.map((r) => ({ value: r, label: roleLabel(r) }))}
      />
    </Modal>
  );
}

/**
 * Deactivating the only active holder of a role in the unit leaves the reports waiting on that role
 * with nobody (a civil servant's walk, stop 42: a reviewer left mid-review and nothing said so). Only
 * roles in the user's own unit: the list shows that unit's users whenever it shows the user.
 */
function soleHolderWarning(user: UserView, everyone: UserView[]): string | undefined {
  const sole = user.roles
    .filter((r) => r.unitId === user.unitId)
    .filter(
      (r) =>
        !everyone.some(
          (other) =>
            other.id !== user.id &&
            other.active &&
            other.roles.some((g) => g.role === r.role && g.unitId === r.unitId),
        ),
    )
    .map((r) => roleLabel(r.role));
  if (sole.length === 0) return undefined;
  return `此人是本单位唯一的${sole.join('、')}：停用后，等待其办理的报告和待办将无人处理。请先为接任人员授予该角色。`;
}

/** 正常 / 已停用, and 已锁定 until when, after too many wrong passwords from unknown browsers. */
function AccountState({ user }: { user: UserView }) {
  if (!user.active) return <Tag>已停用</Tag>;
  if (!isLocked(user)) return <Tag color="green">正常</Tag>;
  return (
    <Space orientation="vertical" size={0}>
      <Tag color="red">已锁定</Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        至 {formatBeijingDateTime(user.lockedUntil!)}
      </Typography.Text>
    </Space>
  );
}

function isLocked(user: UserView): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > Date.now();
}

/**
 * 重置密码: the administrator sets a one-time password and tells it to the person (by phone, in
 * person); the user must change it at the next login, every session of theirs ends, and a lock is
 * cleared (POST /users/:id/password).
 */
function OneTimePasswordDialog({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { message } = App.useApp();
  const changeUser = useChangeUser();
  const [form] = Form.useForm<{ password: string }>();
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open
      title={`重置 ${user.displayName}（${user.username}）的密码`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={changeUser.isPending}
      okText="重置密码"
      cancelText="取消"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Typography.Paragraph>
        重置后该用户立即退出登录，登录锁定一并解除；请将新的临时密码当面或电话告知本人，其首次登录时须改为本人设置的密码。
      </Typography.Paragraph>
      <Form<{ password: string }>
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          setError(null);
          try {
            await changeUser.mutateAsync({
              kind: 'one-time-password',
              userId: user.id,
              password: v.password,
            });
            message.success('密码已重置，请将临时密码告知本人');
            onClose();
          } catch (e) {
            setError(e instanceof ApiError ? e.message : '重置失败');
          }
        }}
      >
        <Form.Item label="临时密码" name="password" rules={givenPasswordRules}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * A role as the header names it: a coordinator after the office of its own unit's level (依法治州办
 * for a 州 司法局's staff), since the one generic label cannot name it right at every level.
 */
function heldRoleLabel(role: string, ownUnit: Pick<Unit, 'name' | 'level' | 'kind'> | undefined): string {
  return role === 'coordinator' && ownUnit ? coordinatorLabel(ownUnit) : roleLabel(role);
}
