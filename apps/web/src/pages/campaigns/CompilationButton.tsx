import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { ApiError, download } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';

/** 素材汇编 of a campaign (.docx): see docs/campaigns.md. */
export const compilationPath = (campaignId: string) => `/campaigns/${campaignId}/compilation.docx`;

/**
 * 「素材汇编」: the issuing office's download of its departments' dispatched texts, item by item, with their
 * figures side by side. Offered to the issuing unit's coordinators only, the rule the API applies (a
 * coordinator above the issuer sees the board but is refused the compilation).
 */
export function CompilationButton({
  campaignId,
  issuingUnitId,
}: {
  campaignId: string;
  issuingUnitId: string;
}) {
  const { me } = useAuth();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const issuer = (me?.roles ?? []).some((r) => r.role === 'coordinator' && r.unitId === issuingUnitId);
  if (!issuer) return null;

  const fetchCompilation = async () => {
    setBusy(true);
    try {
      const { blob, filename } = await download(compilationPath(campaignId));
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = filename;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '素材汇编下载失败');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Tooltip title="按五项内容汇集各单位已报送的报告正文，并列出各单位引用的主要数据（内部资料）">
      <Button icon={<FileWordOutlined aria-hidden />} loading={busy} onClick={() => void fetchCompilation()}>
        素材汇编
      </Button>
    </Tooltip>
  );
}
