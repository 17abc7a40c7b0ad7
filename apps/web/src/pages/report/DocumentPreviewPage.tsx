import { ArrowLeftOutlined, DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Segmented, Space, Spin, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { renderAsync } from 'docx-preview';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { DocumentVersion } from '../../api/endpoints';
import { errorText } from '../../api/queries';
import { fetchDocument, saveFile, VERSION_LABELS } from './documentFile';

/**
 * The official document in the browser, page by page, ready to print: the very .docx the API
 * exports (rendered here by docx-preview), so what is printed is what is sent.
 */
export default function DocumentPreviewPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const version: DocumentVersion = params.get('version') === 'public' ? 'public' : 'internal';
  const file = useQuery({
    queryKey: ['document', id, version],
    queryFn: () => fetchDocument(id, version),
    // A file is not refetched because the window regained focus (the print dialog does that).
    refetchOnWindowFocus: false,
  });
  const pages = useRef<HTMLDivElement>(null);
  const [rendered, setRendered] = useState(false);

  useEffect(() => {
    const target = pages.current;
    if (!file.data || !target) return;
    setRendered(false);
    target.replaceChildren();
    void renderAsync(file.data.blob, target, undefined, { inWrapper: true, breakPages: true }).then(() =>
      setRendered(true),
    );
  }, [file.data]);

  const error = errorText(file.error);
  return (
    <div className="rf-document-preview">
      <div className="rf-no-print rf-document-toolbar">
        <Space wrap>
          <Link to={`/app/reports/${id}`}>
            <ArrowLeftOutlined aria-hidden /> 返回报告
          </Link>
          <Typography.Title level={1} style={{ fontSize: 18, margin: 0 }}>
            正式文本预览
          </Typography.Title>
          <Segmented
            value={version}
            onChange={(v) => setParams({ version: v as DocumentVersion })}
            options={(['internal', 'public'] as const).map((v) => ({ value: v, label: VERSION_LABELS[v] }))}
          />
          <Button
            icon={<DownloadOutlined aria-hidden />}
            disabled={!file.data}
            onClick={() => file.data && saveFile(file.data)}
          >
            下载 .docx
          </Button>
          <Button
            type="primary"
            icon={<PrinterOutlined aria-hidden />}
            disabled={!rendered}
            onClick={() => window.print()}
          >
            打印
          </Button>
        </Space>
      </div>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ margin: 16 }} />}
      {!error && !rendered && (
        <Spin description="正在生成正式文本…">
          <div style={{ minHeight: 120 }} />
        </Spin>
      )}
      <main ref={pages} data-testid="document-pages" aria-label="正式文本" />
    </div>
  );
}
