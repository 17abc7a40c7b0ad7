import type { DataSource } from 'typeorm';
import type { Page } from 'playwright-core';
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

/**
 * Fills the issuing form (/app/campaigns/new, already open) with a notice for `year` and ticks `unitName`
 * (that node exactly, not a child whose name contains it) in the unit tree: what every issuing walk
 * does before the part it is about.
 */
export async function fillIssueForm(
  page: Page,
  { year, unitName }: { year: number; unitName: string },
): Promise<void> {
  await page.getByLabel('通知标题').fill(`关于报送${year}年度法治政府建设年度报告的通知`);
  await page.getByLabel('报告年度').fill(String(year));
  await page.getByLabel('通知正文').fill(`请报送本单位${year}年度法治政府建设年度报告。`);
  await page.getByLabel('报送单位（从单位树中选择）').click();
  await page.keyboard.type(unitName);
  await page
    .locator('.ant-select-tree-treenode')
    .filter({ has: page.locator(`.ant-select-tree-node-content-wrapper[title="${unitName}"]`) })
    .locator('.ant-select-tree-checkbox')
    .click();
  await page.keyboard.press('Escape');
}
