import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Switch,
  Tree,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useCreateUnit, useRenameUnit } from '../../api/adminMutations';
import { ApiError } from '../../api/client';
import { errorText, useUnits } from '../../api/queries';
import type { Unit, UnitKind, UnitLevel } from '../../api/openapi.gen';
import { unitKindValues, unitLevelValues } from '../../api/openapi.gen';
import { formatDateTime } from '../../components/common';
import { unitTree } from '../../components/unitTree';
import { UNIT_KIND_LABELS, UNIT_LEVEL_LABELS } from '../../labels';
import { DeliberationBodyField } from './DeliberationBodyField';
import { ReviewChainCard } from './ReviewChainCard';

interface UnitForm {
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  divisionCode?: string;
  demonstrationArea?: boolean;
}

/** 单位管理: the unit tree of my admin subtree; add a unit below the one selected, choose its review chain. */
export default function UnitsPage() {
  const units = useUnits({ current: true });
  const error = errorText(units.error);
  // The id is kept, the unit read from the list: a rename shows at once.
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = useMemo(
    () => (units.data ?? []).find((u) => u.id === selectedId) ?? null,
    [units.data, selectedId],
  );
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const tree = useMemo(() => unitTree(units.data ?? []), [units.data]);

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          单位管理
        </Typography.Title>
      }
    >
      {error && <Alert type="error" showIcon title={error} />}
      <Row gutter={16}>
        <Col span={9}>
          <Card size="small" title="单位树" loading={units.isPending && !error}>
            <Tree
              treeData={tree}
              defaultExpandAll
              selectedKeys={selected ? [selected.id] : []}
              onSelect={(_, info) => setSelectedId(info.node.unit.id)}
              style={{ maxHeight: 520, overflowY: 'auto' }}
            />
          </Card>
        </Col>
        <Col span={15}>
          <Card
            size="small"
            title="单位信息"
            extra={
              <Space>
                <Button
                  icon={<EditOutlined aria-hidden />}
                  disabled={!selected}
                  onClick={() => setRenaming(true)}
                >
                  修改名称
                </Button>
                <Button
                  type="primary"
                  icon={<PlusOutlined aria-hidden />}
                  disabled={!selected}
                  onClick={() => setAdding(true)}
                >
                  新增下级单位
                </Button>
              </Space>
            }
          >
            {selected ? (
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'name', label: '名称', children: selected.name },
                  { key: 'kind', label: '类型', children: UNIT_KIND_LABELS[selected.kind] },
                  { key: 'level', label: '层级', children: UNIT_LEVEL_LABELS[selected.level] },
                  { key: 'code', label: '行政区划代码', children: selected.divisionCode ?? '—' },
                  {
                    key: 'deliberation',
                    label: '集体审议机构',
                    children: <DeliberationBodyField unit={selected} />,
                  },
                  {
                    key: 'demo',
                    label: '法治政府建设示范地区',
                    children: selected.demonstrationArea ? '是（1月底前报送）' : '否',
                  },
                  { key: 'created', label: '创建时间', children: formatDateTime(selected.createdAt) },
                  {
                    key: 'history',
                    label: '报送记录',
                    children: <Link to={`/app/history/${selected.id}`}>查看历年报送记录</Link>,
                  },
                ]}
              />
            ) : (
              <Empty description="在左侧选择一个单位" />
            )}
          </Card>
          {selected && <ReviewChainCard unitId={selected.id} unitName={selected.name} />}
        </Col>
      </Row>
      {renaming && selected && <RenameUnitDialog unit={selected} onClose={() => setRenaming(false)} />}
      {adding && selected && (
        <AddUnitDialog
          parent={selected}
          onClose={() => setAdding(false)}
          onCreated={() => setAdding(false)}
        />
      )}
    </Card>
  );
}

function AddUnitDialog({
  parent,
  onClose,
  onCreated,
}: {
  parent: Unit;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { message } = App.useApp();
  const createUnit = useCreateUnit();
  const [form] = Form.useForm<UnitForm>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open
      title={`在“${parent.name}”下新增单位`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText="保存"
      cancelText="取消"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form<UnitForm>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'department', level: parent.level, demonstrationArea: false }}
        onFinish={async (v) => {
          setBusy(true);
          setError(null);
          try {
            await createUnit.mutateAsync({
              parentId: parent.id,
              ...v,
              divisionCode: v.divisionCode || undefined,
            });
            message.success('单位已创建');
            onCreated();
          } catch (e) {
            setError(e instanceof ApiError ? e.message : '保存失败');
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item
          label="单位名称"
          name="name"
          rules={[{ required: true, min: 2, max: 100, message: '请填写 2-100 字的单位名称' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item label="单位类型" name="kind" rules={[{ required: true }]}>
          <Select options={unitKindValues.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item label="层级" name="level" rules={[{ required: true }]}>
          {/* Never above the parent's level: the API refuses it (UNIT_PLACEMENT_INVALID). */}
          <Select
            options={unitLevelValues
              .slice(unitLevelValues.indexOf(parent.level))
              .map((k) => ({ value: k, label: UNIT_LEVEL_LABELS[k] }))}
          />
        </Form.Item>
        <Form.Item
          label="行政区划代码"
          name="divisionCode"
          rules={[{ pattern: /^\d{2,12}$/, message: '2-12 位数字' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item label="法治政府建设示范地区" name="demonstrationArea" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 修改名称 (机构改革: 交通局 becomes 交通运输局): the unit keeps its reports, people and history;
 * what was issued under the old name keeps it. Refused when someone renamed it meanwhile.
 */
function RenameUnitDialog({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const { message } = App.useApp();
  const rename = useRenameUnit();
  const [form] = Form.useForm<{ name: string }>();
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open
      title={`修改“${unit.name}”的名称`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={rename.isPending}
      okText="保存"
      cancelText="取消"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Typography.Paragraph type="secondary">
        用于机构改革后单位更名。单位的报告、人员和报送记录保持不变；此前已下发的通知、文号等仍用原名称。
      </Typography.Paragraph>
      <Form<{ name: string }>
        form={form}
        layout="vertical"
        initialValues={{ name: unit.name }}
        onFinish={async (v) => {
          setError(null);
          try {
            await rename.mutateAsync({ unitId: unit.id, name: v.name.trim(), expectedName: unit.name });
            message.success('单位名称已修改');
            onClose();
          } catch (e) {
            setError(e instanceof ApiError ? e.message : '保存失败');
          }
        }}
      >
        <Form.Item
          label="新名称"
          name="name"
          rules={[
            { required: true, whitespace: true, message: '请填写单位名称' },
            { min: 2, max: 100, message: '请填写 2-100 字的单位名称' },
          ]}
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
