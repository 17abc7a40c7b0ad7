import { Alert, Card, Typography } from 'antd';
import { errorText, useCampaigns, useIssuedExtensions } from '../../api/queries';
import { ExtensionsTable } from './ExtensionsTable';

const ORDER = { pending: 0, granted: 1, refused: 1, cancelled: 2 };

/** 延期申请: the requests of every campaign I issued, pending first. */
export default function ExtensionsPage() {
  const campaigns = useCampaigns();
  const issued = (campaigns.data ?? []).filter((c) => c.relation === 'issued').map((c) => c.id);
  const lists = useIssuedExtensions(issued);
  const error = errorText(campaigns.error);
  const loading = (campaigns.isPending || lists.some((l) => l.isPending)) && !error;
  // A campaign whose requests cannot be read counts as having none, as before.
  const items = lists
    .flatMap((l) => l.data ?? [])
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || b.requestedAt.localeCompare(a.requestedAt));
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          延期申请
        </Typography.Title>
      }
    >
      {error && <Alert type="error" showIcon title={error} />}
      <ExtensionsTable
        items={items}
        loading={loading}
        campaignTitles={new Map((campaigns.data ?? []).map((c) => [c.id, c.title]))}
      />
    </Card>
  );
}
