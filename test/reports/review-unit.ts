import type { DataSource } from 'typeorm';
import type { Role } from '@app/workflow';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, uniqueName } from '../support/factories';
import { reportClient } from './report-helpers';

type Http = Parameters<typeof reportClient>[0];

/**
 * A county bureau of its own (under a prefecture of its own, so no other file's campaign reaches
 * it) with one user per review role, each logged in. `extraUsers` adds users holding several roles.
 */
export async function reviewUnit(
  dataSource: DataSource,
  http: Http,
  extraUsers: Record<string, Role[]> = {},
) {
  const prefecture = await createUnit(dataSource, null, {
    name: uniqueName('测试州'),
    kind: 'government',
    level: 'prefecture',
  });
  const unit = await createUnit(dataSource, prefecture, {
    name: uniqueName('测试县交通运输局'),
    kind: 'department',
    level: 'county',
  });
  const users: Record<string, Role[]> = {
    drafter: ['drafter'],
    reviewer: ['dept_reviewer'],
    legal: ['legal_adviser'],
    party: ['party_approver'],
    ...extraUsers,
  };
  const clients: Record<string, ReturnType<typeof reportClient>> = {};
  const ids: Record<string, string> = {};
  for (const [key, roles] of Object.entries(users)) {
    const user = await createUser(dataSource, unit.id, roles, uniqueName(`wf-${key}`));
    ids[key] = user.id;
    clients[key] = reportClient(http, await tokenFor(http, user.username, user.password));
  }
  return { prefecture, unit, clients, userIds: ids };
}
