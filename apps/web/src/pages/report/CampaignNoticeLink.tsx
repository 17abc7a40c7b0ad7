import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Modal, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, download } from '../../api/client';
import type { Campaign } from '../../api/openapi.gen';
import { useCampaign } from '../../api/queries';
import { formatDate } from '../../components/common';
import { saveFile } from './documentFile';

/**
 * 报送通知《…》 on a report's page: the 通知 the report answers, opened where it is read. The link led
 * to the 通报 page, which a unit reads only once a 通报 names it ("暂无可查阅的通报": a civil servant's
 * walk, stop 43).
 */
export function CampaignNoticeLink({ campaign }: { campaign: Campaign }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const { notice } = campaign;
  const saveOriginal = async () => {
    try {
      saveFile(await download(`/campaigns/${campaign.id}/notice-file`));
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '下载失败');
    }
  };
  return (
    <>
      {/* A link, as it reads and was: the report's action buttons stay the header's only buttons. */}
      <Typography.Link
        href="#campaign-notice"
        onClick={(e) => {
          e.preventDefault();
          setOpen(true);
        }}
        data-testid="report-campaign"
      >
        《{notice.title}》{notice.documentNumber ? `（${notice.documentNumber}）` : ''}
      </Typography.Link>
      {/* A withdrawn notice asks for nothing any more (a walk, stop 57: the link read as still in force). */}
      {campaign.status === 'withdrawn' && (
        <Typography.Text type="secondary" data-testid="report-campaign-withdrawn">
          （已撤销，无需按此通知报送）
        </Typography.Text>
      )}
      <Modal
        open={open}
        title="报送通知"
        onCancel={() => setOpen(false)}
        footer={<Button onClick={() => setOpen(false)}>关闭</Button>}
        width={720}
        destroyOnHidden
      >
        <Typography.Title level={5}>{notice.title}</Typography.Title>
        <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
          {/* Who asks: for a report answering two notices, the one fact the drafter needs (a walk, stop 52). */}
          <Descriptions.Item label="下发单位">{campaign.issuingUnit.name}</Descriptions.Item>
          {notice.documentNumber && (
            <Descriptions.Item label="文号">{notice.documentNumber}</Descriptions.Item>
          )}
          <Descriptions.Item label="发文日期">{formatDate(notice.issuedOn)}</Descriptions.Item>
          <Descriptions.Item label="报送截止">{formatDate(campaign.dueDate)}</Descriptions.Item>
          <Descriptions.Item label="向社会公开">{formatDate(campaign.disclosureDate)}前</Descriptions.Item>
        </Descriptions>
        <div data-testid="campaign-notice-body" style={{ maxHeight: 360, overflowY: 'auto' }}>
          {notice.body.split('\n').map((line, i) => (
            <Typography.Paragraph key={i} style={{ marginBottom: 4 }}>
              {line}
            </Typography.Paragraph>
          ))}
        </div>
        {notice.file && (
          <Button icon={<DownloadOutlined />} onClick={saveOriginal} style={{ marginTop: 8 }}>
            下载通知原件（{notice.file.name}）
          </Button>
        )}
      </Modal>
    </>
  );
}

/** The notice of one campaign the report answers, once read; nothing for one the reader may not open. */
export function CampaignNoticeOf({ id }: { id: string }) {
  const campaign = useCampaign(id).data;
  return campaign ? <CampaignNoticeLink campaign={campaign} /> : null;
}
