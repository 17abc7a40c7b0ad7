import { Alert, Card, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { listCampaigns, listExtensions } from '../../api/endpoints';
import type { ExtensionWithUnit } from '../../api/openapi.gen';
import { ExtensionsTable } from './ExtensionsTable';

/** 延期申请: the requests of every campaign I issued, pending first. */
export default function ExtensionsPage() {
  const [items, setItems] = useState<ExtensionWithUnit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      const campaigns = (await listCampaigns()).filter((c) => c.relation === 'issued');
      const lists = await Promise.all(
        campaigns.map((c) => listExtensions(c.id).catch(() => [] as ExtensionWithUnit[])),
      );
      const order = { pending: 0, granted: 1, refused: 1, cancelled: 2 };
      setItems(
        lists
          .flat()
          .sort((a, b) => order[a.status] - order[b.status] || b.requestedAt.localeCompare(a.requestedAt)),
      );
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '加载失败');
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          延期申请
        </Typography.Title>
      }
    >
      {error && <Alert type="error" showIcon title={error} />}
      <ExtensionsTable items={items ?? []} loading={items === null && !error} onDecided={load} />
    </Card>
  );
}
