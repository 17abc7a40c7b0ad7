import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, download } from '../../api/client';
import type { ReportDetail } from '../../api/openapi.gen';
import {
  useStampedScan,
  useStampedScanRequirement,
  useUploadStampedScan,
} from '../../api/stampedScanQueries';
import { formatDateTime } from '../../components/common';
import { saveFile } from './documentFile';

/** The state a dispatched report waits in; a step into it is the dispatch (报送). */
export const DISPATCHED_STATE = 'submitted';

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** What the browser can tell before sending: a PDF by name or type, within the API's size limit. */
export function scanFileProblem(
  file: { name: string; type: string; size: number },
  maxBytes: number,
): string | null {
  const pdf = file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
  if (!pdf) return '扫描件须为 PDF 文件，请将盖章后的纸质报告扫描为 PDF 后上传。';
  if (file.size === 0) return '扫描件是空文件，请重新扫描后上传。';
  if (file.size > maxBytes)
    return `扫描件过大（${megabytes(file.size)}），最大 ${megabytes(maxBytes)}，请降低扫描分辨率后重新上传。`;
  return null;
}

/**
 * 编号发文（报送） when a campaign requires the stamped scan: says which campaign asks, which version the
 * sealed copy must be of, offers the upload (PDF within the limit), and tells the dialog whether 报送 may
 * go (`onReady`). Shows nothing when no campaign requires it.
 */
export function StampedScanStep({ report, canUpload }: { report: ReportDetail; canUpload: boolean }) {
  const { message } = App.useApp();
  const requirement = useStampedScanRequirement(report.id, true);
  const upload = useUploadStampedScan(report.id);
  const [problem, setProblem] = useState<string | null>(null);
  const need = requirement.data;
  if (!need?.required) return null;
  const titles = need.requiredBy.map((c) => `《${c.title}》`).join('、');

  return (
    <div data-testid="stamped-scan-step" style={{ marginBottom: 12 }}>
      <Alert
        type={need.ready ? 'success' : 'warning'}
        showIcon
        title={
          need.ready
            ? `已上传第 ${need.revision} 版的盖章扫描件，可以报送。`
            : `${titles}要求报送时上传盖章扫描件。`
        }
        description={
          need.ready ? undefined : (
            <>
              请将第 {need.revision} 版（本次报送的版本）打印、加盖公章后扫描为 PDF 上传（不超过{' '}
              {megabytes(need.maxBytes)}）。
              {need.latestScannedRevision !== null &&
                ` 已上传的扫描件是第 ${need.latestScannedRevision} 版的，正文已修改，不能用于本次报送。`}
            </>
          )
        }
      />
      {!canUpload && !need.ready && (
        <Typography.Paragraph style={{ marginTop: 8 }}>
          请本单位起草人上传盖章扫描件后再报送。
        </Typography.Paragraph>
      )}
      {canUpload && (
        <Space style={{ marginTop: 8 }} wrap>
          <Upload
            accept=".pdf,application/pdf"
            showUploadList={false}
            beforeUpload={(file) => {
              const wrong = scanFileProblem(file, need.maxBytes);
              setProblem(wrong);
              if (wrong) return false;
              upload
                .mutateAsync(file)
                .then(() => message.success('盖章扫描件已上传'))
                .catch((e: unknown) => setProblem(e instanceof ApiError ? e.message : '上传失败，请重试'));
              return false;
            }}
          >
            <Button
              icon={<UploadOutlined aria-hidden />}
              loading={upload.isPending}
              data-testid="upload-stamped-scan"
            >
              {need.ready ? '重新上传盖章扫描件' : '上传盖章扫描件（PDF）'}
            </Button>
          </Upload>
        </Space>
      )}
      {problem && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={problem}
          style={{ marginTop: 8 }}
          data-testid="stamped-scan-problem"
        />
      )}
    </div>
  );
}

/** Why 报送 is not offered yet, in the words of the dialog; null when it may go. */
export function useDispatchBlocked(report: ReportDetail, goesUp: boolean): string | null {
  const requirement = useStampedScanRequirement(report.id, goesUp);
  const need = requirement.data;
  if (!goesUp || !need?.required || need.ready) return null;
  return `须先上传第 ${need.revision} 版的盖章扫描件，才能报送。`;
}

/** 盖章扫描件 beside the Word file: the latest one the reader may see, to download. */
export function StampedScanDownload({ reportId }: { reportId: string }) {
  const { message } = App.useApp();
  const scan = useStampedScan(reportId);
  if (!scan.data) return null;
  const save = async () => {
    try {
      saveFile(await download(`/reports/${reportId}/stamped-scan/content`));
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '下载失败');
    }
  };
  return (
    <Space data-testid="stamped-scan-download" wrap>
      <Button icon={<DownloadOutlined aria-hidden />} onClick={() => void save()}>
        下载盖章扫描件
      </Button>
      <Typography.Text type="secondary">
        第 {scan.data.revision} 版，{scan.data.filename}，{formatDateTime(scan.data.createdAt)} 上传
      </Typography.Text>
    </Space>
  );
}
