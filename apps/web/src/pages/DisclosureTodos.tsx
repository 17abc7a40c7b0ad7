import { Alert, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import type { components } from '../api/openapi.gen';
import { errorText, useDisclosureToDo } from '../api/queries';
import { TimeLeftTag } from '../components/common';
import { clickableRow, emptyOrSkeleton } from '../components/ListState';

type DisclosureTodo = components['schemas']['DisclosureTodoList']['items'][number];

const STEP_LABELS: Record<DisclosureTodo['step'], string> = {
  review: '保密审查',
  mark: '按审查意见修改不予公开标注',
  publish: '登记公开',
};

/**
 * 待公开: my units' reports still to be published (政务公开), each with the step waiting for me;
 * each opens the report's 政务公开 section. The drafter found 登记公开 only by opening the report
 * from 年度报告 (a walk, stop 50).
 */
export function DisclosureTodos({ enabled }: { enabled: boolean }) {
  const navigate = useNavigate();
  const query = useDisclosureToDo(enabled);
  const error = errorText(query.error);
  if (!enabled) return null;
  const open = (d: DisclosureTodo) => `/app/reports/${d.report.id}#disclosure`;
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16, margin: '20px 0 8px' }}>
        待公开报告
      </Typography.Title>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Table<DisclosureTodo>
        rowKey={(d) => d.report.id}
        data-testid="disclosure-todos"
        dataSource={query.data?.items ?? []}
        pagination={false}
        tableLayout="fixed"
        locale={{ emptyText: emptyOrSkeleton(query.isPending && !error, '暂无待公开的报告') }}
        onRow={(d) => clickableRow(() => navigate(open(d)))}
        columns={[
          {
            title: '报告',
            render: (_, d) => (
              <Link to={open(d)} className="rf-row-title">
                {d.report.title}
              </Link>
            ),
          },
          { title: '待办事项', width: 220, render: (_, d) => STEP_LABELS[d.step] },
          {
            title: '公开截止',
            width: 250,
            render: (_, d) => <TimeLeftTag due={d.dueDate} workingDaysLeft={d.workingDaysLeft} />,
          },
        ]}
      />
    </>
  );
}
