import { Button, Collapse, List, Typography } from 'antd';
import type { CampaignNotice } from '../../api/openapi.gen';
import { formatDateTime } from '../../components/common';

type Before = NonNullable<CampaignNotice['textBeforeRefresh']>;

/**
 * The body the last 按最新情况更新 replaced: the office's own paragraphs (工作要求, 表扬) were gone for
 * good (scenario test, stop 48). Each paragraph can be put back at the end of the body being edited;
 * nothing is saved until 保存.
 */
export function NoticeTextBeforeRefresh({
  before,
  onAppend,
}: {
  before: Before;
  onAppend: (paragraph: string) => void;
}) {
  return (
    <Collapse
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="notice-text-before-refresh"
      items={[
        {
          key: 'before',
          label: `更新前的正文（第${before.version}版，${formatDateTime(before.replacedAt)}按最新情况更新时替换）：可将本单位撰写的段落加回正文`,
          children: (
            <>
              {before.namedUnits.length > 0 && (
                <Typography.Paragraph type="secondary">
                  更新前的被通报单位：{before.namedUnits.map((u) => u.name).join('、')}
                </Typography.Paragraph>
              )}
              <List
                size="small"
                dataSource={before.paragraphs}
                renderItem={(paragraph, i) => (
                  <List.Item
                    key={i}
                    actions={[
                      <Button key="append" size="small" type="link" onClick={() => onAppend(paragraph)}>
                        加到正文末尾
                      </Button>,
                    ]}
                  >
                    <Typography.Text>{paragraph}</Typography.Text>
                  </List.Item>
                )}
              />
            </>
          ),
        },
      ]}
    />
  );
}
