import { AppError, type ErrorCatalogue } from '@app/common';

/** Codes of the exported documents. */
export const DOCUMENT_ERROR_CODES = {
  DISCLOSURE_MARKERS_UNBALANCED: {
    status: 422,
    meaning:
      'The public version was not made: 【不予公开】 markers do not pair up, or 不予公开 is written where it cannot be read as a marker (kind `unrecognised`), or other tags pair up like markers (kind `lookalike`: 【内部】…【/内部】); `details.problems` names each (item, line, nearby text)',
  },
  ITEM_ORDER_INVALID: {
    status: 400,
    meaning:
      '`itemOrder` must name each of the items 1-5 exactly once (e.g. 3,1,2,4,5); `details.given` repeats it',
  },
  EXPORT_CAMPAIGN_UNKNOWN: {
    status: 400,
    meaning:
      '`campaignId` (whose item order to print by) names no campaign the report answers. The campaigns it does answer are not listed: a copy recipient may not read them all',
  },
  STAMPED_SCAN_INVALID: {
    status: 400,
    meaning:
      'The stamped scan (盖章扫描件) was refused: `details.reason` is not_pdf (the bytes are not a PDF), too_large (`details.maxBytes`) or empty',
  },
  STAMPED_SCAN_TOO_EARLY: {
    status: 409,
    meaning: 'A stamped scan is uploaded at dispatch: the report is still being drafted (`details.state`)',
  },
  FOLLOW_THROUGH_TOO_LARGE: {
    status: 422,
    meaning:
      "Last year's plan and this year's report are far longer than any real pair, too long to compare item by sentence; `details` has the counts",
  },
  STAMPED_SCAN_NOT_FOUND: {
    status: 404,
    meaning: 'No stamped scan has been uploaded for this report (or none that the caller may read)',
  },
} as const satisfies ErrorCatalogue;

/** 10485760 -> "10MB", 4096 -> "4KB": the limit as the drafter reads it. */
const readableSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.floor(bytes / 1024 / 1024)}MB` : `${Math.floor(bytes / 1024)}KB`;

export type StampedScanRejection = 'not_pdf' | 'too_large' | 'empty';
import { markerProblemZh, SECTION_ITEM, type MarkerProblem } from '@app/content';

const KIND_EN: Record<MarkerProblem['kind'], string> = {
  unclosed: 'an opening 【不予公开】 is never closed by 【/不予公开】',
  unopened: 'a closing 【/不予公开】 has no opening 【不予公开】 before it',
  nested: 'an opening 【不予公开】 stands inside a passage that is already open',
  unrecognised: '不予公开 is written in a way not read as a marker: write it 【不予公开】 or 【/不予公开】',
  lookalike:
    'a pair of tags written like markers is not one: to withhold the passage write 【不予公开】…【/不予公开】, else remove the tags',
};

const placeEn = (p: MarkerProblem) =>
  `${p.where === 'title' ? 'the title' : `item ${SECTION_ITEM[p.where]}`} line ${p.line}, near "${p.near}"`;

/** How many marker problems an answer names (`details.total` counts them all). */
const MARKER_PROBLEMS_SHOWN = 50;

export const ReportDocumentErrors = {
  followThroughTooLarge: (plannedItems: number, passages: number) =>
    new AppError(
      422,
      'FOLLOW_THROUGH_TOO_LARGE',
      `Last year's plan (${plannedItems} planned items) and this year's report (${passages} sentences) are too long to ` +
        'compare item by sentence; shorten them to what a report holds (a plan of a few dozen items) and check again',
      { plannedItems, passages },
    ),
  itemOrder: (given: readonly unknown[]) =>
    new AppError(
      400,
      'ITEM_ORDER_INVALID',
      `itemOrder must name each of the items 1-5 exactly once, e.g. 3,1,2,4,5; got ${given.join(',')}`,
      { given: [...given], messageZh: '报告事项顺序须包含第一至第五项各一次，例如 3,1,2,4,5' },
    ),
  // The ids of the campaigns it answers were listed once: a copy recipient learnt of campaigns it
  // may not open (penetration test, stop 53).
  exportCampaignUnknown: () =>
    new AppError(
      400,
      'EXPORT_CAMPAIGN_UNKNOWN',
      'campaignId names no campaign this report answers: leave it out (the order of the earliest issued campaign it answers) or give itemOrder',
    ),
  stampedScanInvalid: (reason: StampedScanRejection, maxBytes: number) =>
    new AppError(
      400,
      'STAMPED_SCAN_INVALID',
      {
        not_pdf: 'The stamped scan must be a PDF file (its bytes do not start with %PDF-)',
        too_large: `The stamped scan is larger than ${maxBytes} bytes`,
        empty: 'The stamped scan is empty',
      }[reason],
      {
        reason,
        maxBytes,
        messageZh: {
          not_pdf: '盖章扫描件须为PDF文件',
          too_large: `盖章扫描件不能超过${readableSize(maxBytes)}`,
          empty: '盖章扫描件为空文件',
        }[reason],
      },
    ),
  stampedScanTooEarly: (state: string) =>
    new AppError(
      409,
      'STAMPED_SCAN_TOO_EARLY',
      'The stamped scan is uploaded at dispatch, after sign-off: this report is still being drafted',
      { state, messageZh: '报告仍在起草中，签发后报送时再上传盖章扫描件' },
    ),
  stampedScanNotFound: () =>
    new AppError(404, 'STAMPED_SCAN_NOT_FOUND', 'No stamped scan has been uploaded for this report'),
  /**
   * The public version would have to guess where a withheld passage ends: refused, naming every marker that
   * does not pair up, so the drafter can fix them. Nothing is exported.
   */
  disclosureMarkers: (all: MarkerProblem[]) => {
    // The first ones are enough to find and fix: a revision of nothing but stray markers answered 21 MB
    // (penetration test, stop 44).
    const problems = all.slice(0, MARKER_PROBLEMS_SHOWN);
    const more = all.length - problems.length;
    return new AppError(
      422,
      'DISCLOSURE_MARKERS_UNBALANCED',
      `The public version was not made because the 不予公开 markers do not pair up or cannot be read: ${problems
        .map((p) => `${placeEn(p)}: ${KIND_EN[p.kind]}`)
        .join('; ')}${more > 0 ? `; and ${more} more` : ''}. Fix the markers in the text and export again.`,
      {
        problems,
        total: all.length,
        messageZh: `公开版未生成：不予公开标记不成对或无法识别。${problems.map(markerProblemZh).join('；')}${
          more > 0 ? `；另有${more}处` : ''
        }。请修改标记后重新导出。`,
      },
    );
  },
};
