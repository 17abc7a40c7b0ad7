import type { DataSource } from 'typeorm';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { reportClient } from '../reports/report-helpers';
import type { Stack } from './browser';

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
 * A county bureau of a browser file's own (a prefecture and county of its own under the demo region)
 * with a drafter, and that drafter's API client for the set-up the walk is not about.
 */
export async function sandboxBureauDrafter(stack: Stack, label: string) {
  const ds = stack.dataSource;
  const region = await unitById(ds, stack.demo.unitIds.xj);
  const prefecture = await createUnit(ds, region, { kind: 'government', level: 'prefecture' });
  const county = await createUnit(ds, prefecture, { kind: 'government', level: 'county' });
  const bureau = await createUnit(ds, county, { name: uniqueName(label), level: 'county' });
  const drafter = await createUser(ds, bureau.id, ['drafter']);
  const http = () => request(stack.baseUrl);
  const api = reportClient(http, await tokenFor(http, drafter.username, FACTORY_PASSWORD));
  return { bureau, drafter, api };
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
  await tickTargetUnit(page, unitName);
}

/**
 * Ticks the node named `unitName` exactly in the issuing form's unit tree: that unit alone, not the
 * units below it (the tree ticks each unit on its own).
 */
export async function tickTargetUnit(page: Page, unitName: string): Promise<void> {
  await page.getByLabel('报送单位（从单位树中选择）').click();
  await page.keyboard.type(unitName);
  await page
    .locator('.ant-select-tree-treenode')
    .filter({ has: page.locator(`.ant-select-tree-node-content-wrapper[title="${unitName}"]`) })
    .locator('.ant-select-tree-checkbox')
    .click();
  await page.keyboard.press('Escape');
}

/**
 * Presses 确认下发 in the open confirmation and waits for the API's answer, so that a refusal or a
 * request that never left fails here, with its status and body, and not as a page that did not
 * move on (a CI run, stop 45, waited 90 s for the campaign's page and said nothing more).
 */
export async function confirmIssue(page: Page): Promise<void> {
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/campaigns',
    { timeout: 60_000 },
  );
  await page.getByRole('dialog', { name: '确认下发报送任务' }).getByTestId('confirm-issue').click();
  const answer = await answered;
  if (answer.status() !== 201) {
    throw new Error(`确认下发 was answered ${answer.status()}: ${(await answer.text()).slice(0, 500)}`);
  }
}
