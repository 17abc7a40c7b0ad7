import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Table, Upload } from 'antd';
import { ApiError, download } from '../../api/client';
import { useUploadAttachment } from '../../api/mutations';
import type { Attachment } from '../../api/openapi.gen';
import { errorText, useAttachments } from '../../api/queries';
import { emptyOrSkeleton } from '../../components/ListState';
import { formatDateTime } from '../../components/common';

/** Evidence files: listed for everyone who reads the report, uploaded by the drafter while drafting. */
export function AttachmentsTab({ reportId, canUpload }: { reportId: string; canUpload: boolean }) {
  const { message } = App.useApp();
  const upload = useUploadAttachment(reportId);
  const items = useAttachments(reportId);
  const error = errorText(items.error);

  const save = async (a: Attachment) => {
    try {
      const { blob } = await download(`/reports/${reportId}/attachments/${a.id}/content`);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = a.filename;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '下载失败');
    }
  };

  return (
    <div>
      {error && <Alert type="error" showIcon title={error} />}
      {canUpload && (
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            upload
              .mutateAsync(file)
              .then(() => message.success('附件已上传'))
              .catch((e: unknown) => message.error(e instanceof ApiError ? e.message : '上传失败'));
            return false;
          }}
        >
          <Button icon={<UploadOutlined aria-hidden />} style={{ marginBottom: 12 }}>
            上传佐证材料
          </Button>
        </Upload>
      )}
      <Table<Attachment>
        size="small"
        rowKey="id"
        dataSource={items.data ?? []}
        pagination={false}
        locale={{ emptyText: emptyOrSkeleton(items.isPending && !error, '暂无附件') }}
        columns={[
          {
            title: '文件名',
            dataIndex: 'filename',
            render: (n: string, a) => (
              <Button type="link" onClick={() => void save(a)}>
                {n}
              </Button>
            ),
          },
          {
            title: '大小',
            dataIndex: 'sizeBytes',
            width: 100,
            render: (n: number) => `${Math.ceil(n / 1024)} KB`,
          },
          { title: '上传时间', dataIndex: 'createdAt', width: 160, render: formatDateTime },
        ]}
      />
    </div>
  );
}
