import { Alert, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import type { components } from '../api/openapi.gen';
import { errorText, useFindingsToAnswer } from '../api/queries';
import { TimeLeftTag } from '../components/common';
import { clickableRow, emptyOrSkeleton } from '../components/ListState';
import { issuerLabel } from '../levelWords';

type FindingTodo = components['schemas']['FindingTodoList']['items'][number];

/**
 * 待整改: the open (or reopened) findings of my unit's reports, for the drafter and the unit admin
 * who answer them; each opens the report's 问题清单. Answered ones leave the list.
 */
export function RectificationTodos() {
  const navigate = useNavigate();
  const query = useFindingsToAnswer();
  const error = errorText(query.error);
  const open = (f: FindingTodo) => `/app/reports/${f.report.id}#findings`;
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16, margin: '20px 0 8px' }}>
        待整改问题
      </Typography.Title>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Table<FindingTodo>
        rowKey="id"
        data-testid="rectification-todos"
        dataSource={query.data?.items ?? []}
        pagination={false}
        tableLayout="fixed"
        locale={{ emptyText: emptyOrSkeleton(query.isPending && !error, '暂无待整改问题') }}
        onRow={(f) => clickableRow(() => navigate(open(f)))}
        columns={[
          {
            title: '问题',
            dataIndex: 'text',
            render: (text: string, f) => (
              <Link to={open(f)} className="rf-row-title">
                {text}
              </Link>
            ),
          },
          {
            title: '报告',
            render: (_, f) => f.report.title,
            ellipsis: true,
          },
          {
            title: '提出单位',
            width: 150,
            ellipsis: true,
            render: (_, f) => issuerLabel(f.raisingUnit),
          },
          {
            title: '状态',
            width: 90,
            render: (_, f) => (f.reopenedComment ? `已重新打开：${f.reopenedComment}` : '待整改'),
          },
          {
            title: '整改期限',
            width: 250,
            render: (_, f) => <TimeLeftTag due={f.dueOn} workingDaysLeft={f.workingDaysLeft} />,
          },
        ]}
      />
    </>
  );
}
