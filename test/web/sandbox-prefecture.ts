import type { DataSource } from 'typeorm';
import { createUnit, createUser, uniqueName, unitById } from '../support/factories';

export interface SandboxPrefecture {
  prefecture: { id: string; path: string; name: string };
  party: { id: string; path: string; name: string };
  office: { id: string; path: string; name: string };
  county: { id: string; path: string; name: string };
  /** The county government's drafter. */
  drafter: { username: string };
  coordinator: { username: string };
}

/**
 * A prefecture of a browser file's own under the demo region, as the routing table expects it: its
 * 州委 held under the 州政府, the 依法治州办 under the 州委, one county government with a drafter,
 * and a coordinator of the prefecture. Names carry `label` and a random suffix.
 */
export async function sandboxPrefecture(
  ds: DataSource,
  regionId: string,
  label: string,
): Promise<SandboxPrefecture> {
  const region = await unitById(ds, regionId);
  const prefecture = await createUnit(ds, region, {
    name: uniqueName(`${label}州`),
    kind: 'government',
    level: 'prefecture',
  });
  const party = await createUnit(ds, prefecture, {
    name: uniqueName(`${label}州委`),
    kind: 'party_committee',
    level: 'prefecture',
  });
  const office = await createUnit(ds, party, {
    name: uniqueName(`${label}依法治州办`),
    kind: 'rule_of_law_office',
    level: 'prefecture',
  });
  const county = await createUnit(ds, prefecture, { name: uniqueName(`${label}县`), kind: 'government' });
  const drafter = await createUser(ds, county.id, ['drafter']);
  const coordinator = await createUser(ds, prefecture.id, ['coordinator']);
  return { prefecture, party, office, county, drafter, coordinator };
}
