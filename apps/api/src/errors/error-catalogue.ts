import { COMMON_ERROR_CODES, type ErrorCatalogue } from '@app/common';
import { ACCESS_ERROR_CODES } from '@app/directory';
import {
  DISCLOSURE_ERROR_CODES,
  FINDING_ERROR_CODES,
  RECEIPT_ERROR_CODES,
  REPORT_ERROR_CODES,
} from '@app/reports';
import { AUTH_ERROR_CODES } from '../auth/auth.errors';
import { CAMPAIGN_ERROR_CODES } from '../campaigns/campaign.errors';
import { NOTICE_ERROR_CODES } from '../campaigns/notice/notice.errors';
import { FORWARDING_ERROR_CODES } from '../campaigns/forwarding/forwarding.errors';
import { SCORE_ERROR_CODES } from '../campaigns/scores/scores.errors';
import { ITEM_ORDER_ERROR_CODES } from '../campaigns/item-order/item-order.errors';
import { CALENDAR_ERROR_CODES } from '../calendar/calendar.errors';
import { CONTENT_ERROR_CODES } from '../content/content.errors';
import { OPERATIONS_ERROR_CODES } from '../operations/operations.errors';
import { DOCUMENT_ERROR_CODES } from '../reports/report-documents.errors';
import { ADMIN_ERROR_CODES } from '../users/admin.errors';
import { USER_CHANGE_ERROR_CODES } from '../users/users.errors';

/** Every catalogue of the API, in the order docs/error-codes.md lists them. */
export const ERROR_CATALOGUES: ReadonlyArray<{ area: string; source: string; codes: ErrorCatalogue }> = [
  { area: 'Any endpoint', source: 'libs/common/src/app-error.ts', codes: COMMON_ERROR_CODES },
  { area: 'Access (every module)', source: 'libs/directory/src/access.errors.ts', codes: ACCESS_ERROR_CODES },
  { area: 'Login and tokens', source: 'apps/api/src/auth/auth.errors.ts', codes: AUTH_ERROR_CODES },
  { area: 'Administration', source: 'apps/api/src/users/admin.errors.ts', codes: ADMIN_ERROR_CODES },
  {
    area: 'Administration: changing users',
    source: 'apps/api/src/users/users.errors.ts',
    codes: USER_CHANGE_ERROR_CODES,
  },
  {
    area: 'Holiday schedules',
    source: 'apps/api/src/calendar/calendar.errors.ts',
    codes: CALENDAR_ERROR_CODES,
  },
  {
    area: 'Operations',
    source: 'apps/api/src/operations/operations.errors.ts',
    codes: OPERATIONS_ERROR_CODES,
  },
  { area: 'Reports', source: 'libs/reports/src/report.errors.ts', codes: REPORT_ERROR_CODES },
  { area: 'Receipts (回执)', source: 'libs/reports/src/receipt.errors.ts', codes: RECEIPT_ERROR_CODES },
  {
    area: 'Disclosure (保密审查, publication)',
    source: 'libs/reports/src/disclosure/disclosure.errors.ts',
    codes: DISCLOSURE_ERROR_CODES,
  },
  {
    area: 'Findings (问题清单) and 整改',
    source: 'libs/reports/src/findings/finding.errors.ts',
    codes: FINDING_ERROR_CODES,
  },
  {
    area: 'Exported documents',
    source: 'apps/api/src/reports/report-documents.errors.ts',
    codes: DOCUMENT_ERROR_CODES,
  },
  {
    area: 'Uploaded documents',
    source: 'apps/api/src/content/content.errors.ts',
    codes: CONTENT_ERROR_CODES,
  },
  { area: 'Campaigns', source: 'apps/api/src/campaigns/campaign.errors.ts', codes: CAMPAIGN_ERROR_CODES },
  {
    area: 'Campaign scores',
    source: 'apps/api/src/campaigns/scores/scores.errors.ts',
    codes: SCORE_ERROR_CODES,
  },
  {
    area: 'Campaign 通报',
    source: 'apps/api/src/campaigns/notice/notice.errors.ts',
    codes: NOTICE_ERROR_CODES,
  },
  {
    area: 'Campaign 报送外部机关',
    source: 'apps/api/src/campaigns/forwarding/forwarding.errors.ts',
    codes: FORWARDING_ERROR_CODES,
  },
  {
    area: 'Campaign item order',
    source: 'apps/api/src/campaigns/item-order/item-order.errors.ts',
    codes: ITEM_ORDER_ERROR_CODES,
  },
];

/** The one list: code → status and meaning. Throws when a code is declared twice (one code per cause). */
export function allErrorCodes(): Map<string, { status: number; meaning: string; area: string }> {
  const all = new Map<string, { status: number; meaning: string; area: string }>();
  for (const { area, codes } of ERROR_CATALOGUES) {
    for (const [code, info] of Object.entries(codes)) {
      const earlier = all.get(code);
      if (earlier) throw new Error(`${code} is declared twice: in ${earlier.area} and in ${area}`);
      all.set(code, { ...info, area });
    }
  }
  return all;
}

/** docs/error-codes.md, written by `npm run docs:errors`. */
export function renderErrorCodesMarkdown(): string {
  allErrorCodes();
  const lines = [
    '# Error codes',
    '',
    'Generated from the catalogues in the `*.errors.ts` files by `npm run docs:errors`; the unit test',
    '`apps/api/src/errors/error-catalogue.spec.ts` fails when this file is out of date, when the code',
    'throws a code no catalogue lists (or with another status), or when a code is declared twice.',
    '',
    'Every error has one shape: `{ statusCode, error, message, details?, requestId }`. `error` is the code',
    'below; `message` says in English what to fix; `details` carries the machine-readable specifics;',
    '`requestId` (also the `X-Request-Id` header) finds the request in the logs. One code per cause:',
    'a code always comes with the same status.',
    '',
    'Refusals follow one rule: **404** when the object is outside your reach (it answers exactly like a',
    'missing one); **403 `ROLE_REQUIRED`** with `details.needed` when you can see the object but your role',
    'may not do this. Who may reach and do what: [authorization-matrix.md](authorization-matrix.md).',
    'Validation reports each bad field once, with the first rule it breaks (its type before its range).',
  ];
  for (const { area, source, codes } of ERROR_CATALOGUES) {
    lines.push(
      '',
      `## ${area}`,
      '',
      `Declared in \`${source}\`.`,
      '',
      '| code | status | meaning |',
      '|---|---|---|',
    );
    const sorted = Object.entries(codes).sort(([a, x], [b, y]) => x.status - y.status || a.localeCompare(b));
    for (const [code, info] of sorted) {
      lines.push(`| \`${code}\` | ${info.status} | ${info.meaning.replace(/\|/g, '\\|')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
