import { ImportOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, Row, Space, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { saveRevision } from '../../api/endpoints';
import type { ReportDetail, ReportSections, SectionKey } from '../../api/openapi.gen';
import { sectionKeyValues } from '../../api/openapi.gen';
import { roleLabel, SECTION_LABELS } from '../../labels';
import { formatDateTime } from '../../components/common';
import { CompletenessPanel } from './CompletenessPanel';
import { FindReplace } from './FindReplace';
import { ImportModal } from './ImportModal';
import type { ReturnNote } from './returnNotes';
import { useCompleteness } from './useCompleteness';

const same = (a: ReportSections, b: ReportSections) => sectionKeyValues.every((k) => a[k] === b[k]);

/**
 * The drafter's editor: the five statutory sections, import by paste or Word upload, the completeness
 * check beside the text, save as a new revision (Ctrl+S). `onSaved` reloads the report.
 */
export function Editor({
  report,
  returnNote,
  onSaved,
  registerFlush,
}: {
  report: ReportDetail;
  returnNote: ReturnNote | null;
  onSaved: () => Promise<void>;
  /** Lets the page save unsaved edits before an action (提交审核). */
  registerFlush: (flush: () => Promise<boolean>) => void;
}) {
  const { message } = App.useApp();
  const [sections, setSections] = useState<ReportSections>(report.sections);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [title, setTitle] = useState(report.title);
  const areas = useRef<Partial<Record<SectionKey, HTMLTextAreaElement | null>>>({});
  const check = useCompleteness(report.id, sections);
  const dirty = !same(sections, report.sections) || title !== report.title;

  // A newly saved (or reloaded) revision replaces the text; re-renders of the same revision do not.
  useEffect(() => {
    setSections(report.sections);
    setTitle(report.title);
  }, [report.id, report.currentRevision]); // eslint-disable-line react-hooks/exhaustive-deps

  const save = useCallback(async (): Promise<boolean> => {
    if (!dirty) return true;
    setSaving(true);
    setError(null);
    try {
      const revision = await saveRevision(report.id, report.currentRevision, sections, title);
      await onSaved();
      message.success(`已保存为第 ${revision.number} 版`);
      return true;
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '保存失败');
      return false;
    } finally {
      setSaving(false);
    }
  }, [dirty, report.id, report.currentRevision, sections, title, message, onSaved]);

  useEffect(() => registerFlush(save), [registerFlush, save]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const jump = (key: SectionKey) => areas.current[key]?.focus();

  return (
    <Row gutter={16}>
      <Col span={16}>
        <Card
          size="small"
          title="报告正文"
          extra={
            <Space>
              <Typography.Text type="secondary">
                第 {report.currentRevision} 版{dirty ? '（有未保存的修改）' : ''}
              </Typography.Text>
              <Button icon={<ImportOutlined aria-hidden />} onClick={() => setImporting(true)}>
                粘贴/上传导入
              </Button>
              <Button
                type="primary"
                icon={<SaveOutlined aria-hidden />}
                loading={saving}
                disabled={!dirty}
                onClick={() => void save()}
              >
                保存 (Ctrl+S)
              </Button>
            </Space>
          }
        >
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
          {returnNote && returnNote.sections.length === 0 && <ReturnAlert note={returnNote} />}
          <FindReplace
            sections={sections}
            title={title}
            onReplace={(next, nextTitle, count) => {
              setSections(next);
              setTitle(nextTitle);
              message.success(`已替换 ${count} 处`);
            }}
          />
          <Form layout="vertical">
            <Form.Item label="报告标题" htmlFor="report-title">
              <Input
                id="report-title"
                value={title}
                maxLength={200}
                onChange={(e) => setTitle(e.target.value)}
              />
            </Form.Item>
            {sectionKeyValues.map((key) => (
              <Form.Item key={key} label={SECTION_LABELS[key]} htmlFor={`section-${key}`}>
                {returnNote?.sections.includes(key) && <ReturnAlert note={returnNote} />}
                <Input.TextArea
                  id={`section-${key}`}
                  data-section={key}
                  ref={(el) => {
                    areas.current[key] = el?.resizableTextArea?.textArea ?? null;
                  }}
                  value={sections[key]}
                  onChange={(e) => setSections((s) => ({ ...s, [key]: e.target.value }))}
                  autoSize={{ minRows: key === 'measures' ? 8 : 4, maxRows: 24 }}
                  placeholder={key === 'other' ? '如无其他需要报告的情况，可填写“无”' : undefined}
                />
              </Form.Item>
            ))}
          </Form>
        </Card>
      </Col>
      <Col span={8}>
        <div style={{ position: 'sticky', top: 16 }}>
          <CompletenessPanel
            result={check.result}
            checking={check.checking}
            error={check.error}
            onJump={jump}
          />
        </div>
      </Col>
      <ImportModal
        open={importing}
        onClose={() => setImporting(false)}
        onApply={(imported, importedTitle) => {
          setSections(imported);
          if (importedTitle) setTitle(importedTitle);
          setImporting(false);
          message.info('已导入到编辑器，请核对后保存');
        }}
      />
    </Row>
  );
}

function ReturnAlert({ note }: { note: ReturnNote }) {
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 8 }}
      data-testid="return-note"
      title={`退回意见（${roleLabel(note.role)} ${note.by}，${formatDateTime(note.at)}）`}
      description={note.text}
    />
  );
}
