import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import type { DocumentVersion } from '../../api/endpoints';
import type { ReportDetail } from '../../api/openapi.gen';
import { fetchDocument, saveFile, VERSION_LABELS } from './documentFile';
import { HeadingCheck } from './HeadingCheck';
import { StampedScanDownload } from './StampedScan';

/**
 * 正式文本: the report as the official document (GB/T 9704 layout, made by the API), to download or
 * to preview and print, in its internal and public versions.
 */
/** `canFix`: the drafter while drafting, who may save the heading fixes as a new revision. */
export function DocumentTab({ report, canFix }: { report: ReportDetail; canFix: boolean }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<DocumentVersion | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (report.currentRevision === 0) {
    return <Alert type="info" showIcon title="报告尚未保存正文，保存后可导出正式文本。" />;
  }

  const get = async (version: DocumentVersion) => {
    setBusy(version);
    setError(null);
    try {
      saveFile(await fetchDocument(report.id, version));
      message.success('已导出');
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '导出失败');
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card size="small" data-testid="document-tab">
      <Typography.Paragraph>
        按党政机关公文格式（GB/T 9704）生成第 {report.currentRevision}{' '}
        版的正式文本。公开版删去用【不予公开】…【/不予公开】标出的段落，用于向社会公开。
      </Typography.Paragraph>
      <div style={{ marginBottom: 12 }}>
        <HeadingCheck report={report} canFix={canFix} />
      </div>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Space wrap>
        {(['internal', 'public'] as const).map((version) => (
          <Space key={version}>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              loading={busy === version}
              onClick={() => void get(version)}
            >
              下载{VERSION_LABELS[version]}
            </Button>
            <Button
              href={`/app/reports/${report.id}/document?version=${version}`}
              target="_blank"
              icon={<PrinterOutlined aria-hidden />}
              data-testid={`preview-${version}`}
            >
              预览并打印{version === 'public' ? '公开版' : '内部版'}
            </Button>
          </Space>
        ))}
      </Space>
      <div style={{ marginTop: 12 }}>
        <StampedScanDownload reportId={report.id} />
      </div>
    </Card>
  );
}
