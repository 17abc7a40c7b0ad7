import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Modal, Select, Space, Table, Tabs, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useImportFile, useImportText } from '../../api/mutations';
import type { ImportResult, ReportSections, SectionKey } from '../../api/openapi.gen';
import { sectionKeyValues } from '../../api/openapi.gen';
import { SECTION_LABELS } from '../../labels';
import { sectionsFrom, segmentsOf, withCertainty, type Segment } from './importSegments';
import { currentReportYear } from '../../components/dates';

const KIND_LABELS = {
  preamble: '开头部分',
  section: '一级标题',
  subsection: '小标题（移入）',
  signature: '落款',
};

/**
 * Paste the report (or upload the Word file), see what went where, move any block to another item,
 * then apply the result to the editor.
 */
export function ImportModal({
  open,
  onClose,
  onApply,
}: {
  open: boolean;
  onClose: () => void;
  onApply: (sections: ReportSections, title?: string) => void;
}) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [segments, setSegments] = useState<Segment[]>([]);
  const { mutateAsync: importText } = useImportText();
  const { mutateAsync: importFile } = useImportFile();

  const take = (r: ImportResult) => {
    setResult(r);
    setSegments(segmentsOf(r));
  };

  const run = async (job: () => Promise<ImportResult>) => {
    setBusy(true);
    setError(null);
    try {
      take(await job());
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '导入失败');
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setResult(null);
    setSegments([]);
    setError(null);
  };

  const move = (id: number, target: SectionKey) =>
    setSegments((all) => all.map((s) => (s.id === id ? { ...s, target } : s)));

  const preview = sectionsFrom(segments);
  const missing = sectionKeyValues.filter((k) => k !== 'other' && preview[k].trim() === '');

  const input = (
    <Tabs
      items={[
        {
          key: 'paste',
          label: '粘贴文本',
          children: (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <label htmlFor="import-text">将 Word / WPS 中的报告全文复制后粘贴到这里：</label>
              <Input.TextArea
                id="import-text"
                rows={12}
                value={text}
                onChange={(e) => setText(e.target.value)}
                placeholder={`例如：一、${currentReportYear()}年推进法治政府建设的主要举措和成效……`}
              />
              <Button
                type="primary"
                loading={busy}
                disabled={!text.trim()}
                onClick={() => run(() => importText(text))}
              >
                识别五个部分
              </Button>
            </Space>
          ),
        },
        {
          key: 'upload',
          label: '上传 Word 文件',
          children: (
            <Upload.Dragger
              accept=".docx,.txt"
              showUploadList={false}
              beforeUpload={(file) => {
                void run(() => importFile(file));
                return false;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined aria-hidden />
              </p>
              <p>点击或将文件拖到这里上传（.docx 或 UTF-8 编码的 .txt，不超过 20 MB）</p>
            </Upload.Dragger>
          ),
        },
      ]}
    />
  );

  const mapping = result && (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {result.missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`未识别到以下部分的标题：${result.missing.map((i) => SECTION_LABELS[sectionKeyValues[i - 1]]).join('；')}。请检查下表，必要时调整归属。`}
        />
      )}
      {result.removedLines.length > 0 && (
        <Typography.Text type="secondary">
          已删除页码等分页残留 {result.removedLines.length} 行。
        </Typography.Text>
      )}
      {/* What happened to the text before 一、: the title moved to the title field, the rest kept. */}
      {result.notices.length > 0 && (
        <ul data-testid="import-notices" style={{ margin: 0, paddingInlineStart: 20 }}>
          {result.notices.map((notice) => (
            <li key={notice.code}>
              <Typography.Text type={notice.severity === 'warning' ? 'warning' : 'secondary'}>
                {notice.message}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
      <Table<Segment>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ y: 300 }}
        dataSource={segments}
        data-testid="import-mapping"
        columns={[
          {
            title: '原文标题 / 段落',
            render: (_, s) => (
              <span>
                <Typography.Text ellipsis style={{ maxWidth: 330 }}>
                  {(s.entry?.heading ?? s.text.split('\n')[0]).slice(0, 60)}
                </Typography.Text>
                {s.entry && <Tag style={{ marginLeft: 4 }}>{KIND_LABELS[s.entry.kind]}</Tag>}
              </span>
            ),
          },
          { title: '字数', width: 70, render: (_, s) => s.text.length },
          {
            title: '识别依据',
            width: 200,
            render: (_, s) =>
              s.entry ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {withCertainty(s.entry.reason, s.entry.confidence)}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
          {
            title: '归入',
            width: 250,
            render: (_, s) => (
              <Select<SectionKey>
                aria-label={`“${(s.entry?.heading ?? s.text).slice(0, 20)}”归入的部分`}
                value={s.target}
                style={{ width: 240 }}
                onChange={(v) => move(s.id, v)}
                options={sectionKeyValues.map((k) => ({ value: k, label: SECTION_LABELS[k] }))}
                popupMatchSelectWidth={false}
              />
            ),
          },
        ]}
      />
      {missing.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={`导入后仍为空的部分：${missing.map((k) => SECTION_LABELS[k]).join('；')}，可在编辑器中补写。`}
        />
      )}
    </Space>
  );

  return (
    <Modal
      title="导入报告正文"
      open={open}
      width={960}
      onCancel={() => {
        reset();
        onClose();
      }}
      destroyOnHidden
      footer={
        result ? (
          <Space>
            <Button onClick={reset}>重新导入</Button>
            <Button
              type="primary"
              onClick={() => {
                onApply(preview, result.title);
                reset();
                setText('');
              }}
            >
              应用到编辑器
            </Button>
          </Space>
        ) : null
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      {result ? mapping : input}
    </Modal>
  );
}
