import { CloseCircleFilled } from '@ant-design/icons';
import { Button, Form, Space, TreeSelect, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Unit } from '../../api/openapi.gen';
import { unitTree } from '../../components/unitTree';
import { labelledTargets, withUnitsBelow } from './targetUnits';

/**
 * 报送单位: the units the issuer may ask, as a tree. A tick picks that unit alone (a county
 * government without its 县委 and bureaus); 连同下级单位一并勾选 adds everything below the ticked
 * units, for the office that asks a whole county at once.
 */
export function TargetUnitsField({ units }: { units: Unit[] }) {
  const form = Form.useFormInstance<{ unitIds: string[] }>();
  const watched: string[] | undefined = Form.useWatch('unitIds', form);
  const ticked = useMemo(() => watched ?? [], [watched]);
  const tree = useMemo(() => unitTree(units), [units]);
  const names = useMemo(() => new Map(units.map((u) => [u.id, u.name])), [units]);
  const widened = useMemo(() => withUnitsBelow(ticked, units), [ticked, units]);
  const more = widened.length - ticked.length;
  const [search, setSearch] = useState('');

  return (
    <Form.Item
      label="报送单位（从单位树中选择）"
      htmlFor="unitIds"
      required
      extra={
        <Space size={8} wrap>
          <Typography.Text type="secondary">勾选只选中该单位本身。</Typography.Text>
          <Button
            size="small"
            disabled={more === 0}
            onClick={() => form.setFieldsValue({ unitIds: widened })}
            data-testid="add-units-below"
          >
            {more > 0 ? `连同下级单位一并勾选（再加 ${more} 个）` : '连同下级单位一并勾选'}
          </Button>
        </Space>
      }
    >
      <Form.Item
        noStyle
        name="unitIds"
        rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个报送单位' }]}
        // With treeCheckStrictly the tree works in labelled values; the form keeps plain unit ids.
        getValueProps={(ids?: string[]) => ({ value: labelledTargets(ids ?? [], (id) => names.get(id)) })}
        getValueFromEvent={(values?: { value: string }[]) => (values ?? []).map((v) => v.value)}
      >
        <TreeSelect
          id="unitIds"
          treeData={tree}
          treeCheckable
          treeCheckStrictly
          // Every ticked unit is a target and shows as one: the default would hide a parent whose
          // children are all ticked (and leave it out of the change it reports).
          showCheckedStrategy={TreeSelect.SHOW_ALL}
          // Ticking a unit keeps the search and its filtered list (picking five 司法所 is one filter,
          // not five, walk P19). The user clears it, or closes the list: it opens again on the whole tree.
          showSearch={{
            treeNodeFilterProp: 'title',
            autoClearSearchValue: false,
            searchValue: search,
            onSearch: setSearch,
          }}
          onOpenChange={(open) => {
            if (!open) setSearch('');
          }}
          // The kept search would take the next county's name on its end (「呼图壁玛纳斯」, walk P9): a ✕
          // over the list empties it, the list staying open and the ticks kept (allowClear would drop the ticks).
          popupRender={(menu) => (
            <>
              {search && (
                <div
                  style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '4px 8px 8px' }}
                  // Keep the focus in the search box, so the next name can be typed at once.
                  onMouseDown={(e) => e.preventDefault()}
                >
                  <Typography.Text type="secondary" ellipsis>
                    搜索：{search}
                  </Typography.Text>
                  <Button
                    size="small"
                    type="text"
                    icon={<CloseCircleFilled />}
                    onClick={() => setSearch('')}
                    aria-label="清除搜索"
                    data-testid="clear-unit-search"
                  >
                    清除搜索
                  </Button>
                </div>
              )}
              {menu}
            </>
          )}
          placeholder="勾选需要报送的单位"
          maxTagCount={8}
          treeDefaultExpandAll
          data-testid="target-units"
        />
      </Form.Item>
    </Form.Item>
  );
}
