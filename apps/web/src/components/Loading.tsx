import { Spin } from 'antd';

export function Loading() {
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin description="加载中…" size="large">
        <div style={{ minHeight: 80 }} />
      </Spin>
    </div>
  );
}
