import { FileTextOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate } from 'react-router-dom';

/**
 * 「通报」: opens the campaign's 通报 page (CampaignNoticePage), where the issuing office generates the
 * draft from the board's facts, edits, saves, downloads and issues it.
 */
export function NoticeDraftButton({ campaignId }: { campaignId: string }) {
  const navigate = useNavigate();
  return (
    <Button
      icon={<FileTextOutlined aria-hidden />}
      onClick={() => void navigate(`/app/campaigns/${campaignId}/notice`)}
    >
      通报
    </Button>
  );
}
