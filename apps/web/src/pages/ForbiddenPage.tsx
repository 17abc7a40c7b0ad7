import { Result } from 'antd';
import type { Role } from '../api/openapi.gen';
import { roleLabel } from '../labels';

export default function ForbiddenPage({ roles }: { roles: Role[] }) {
  return (
    <Result
      status="403"
      title="没有权限"
      subTitle={`此页面需要“${roles.map(roleLabel).join('或')}”角色。如需开通，请联系本单位系统管理员。`}
    />
  );
}
