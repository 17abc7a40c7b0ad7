import { AppError, type ErrorCatalogue } from '@app/common';

/** Codes of the exported documents. */
export const DOCUMENT_ERROR_CODES = {
  DISCLOSURE_MARKERS_UNBALANCED: {
    status: 422,
    meaning:
      'The public version was not made: 【不予公开】 markers do not pair up; `details.problems` names each (item, line, nearby text)',
  },
} as const satisfies ErrorCatalogue;
import { itemLabel, SECTION_ITEM, type MarkerProblem } from '@app/content';

const KIND_EN: Record<MarkerProblem['kind'], string> = {
  unclosed: 'an opening 【不予公开】 is never closed by 【/不予公开】',
  unopened: 'a closing 【/不予公开】 has no opening 【不予公开】 before it',
  nested: 'an opening 【不予公开】 stands inside a passage that is already open',
};
const KIND_ZH: Record<MarkerProblem['kind'], string> = {
  unclosed: '【不予公开】缺少对应的【/不予公开】',
  unopened: '【/不予公开】前没有对应的【不予公开】',
  nested: '【不予公开】出现在尚未结束的不予公开段落内',
};

const placeEn = (p: MarkerProblem) =>
  `${p.where === 'title' ? 'the title' : `item ${SECTION_ITEM[p.where]}`} line ${p.line}, near "${p.near}"`;
const placeZh = (p: MarkerProblem) =>
  `${p.where === 'title' ? '标题' : itemLabel(SECTION_ITEM[p.where])}第${p.line}行“${p.near}”处`;

export const ReportDocumentErrors = {
  /**
   * The public version would have to guess where a withheld passage ends: refused, naming every marker that
   * does not pair up, so the drafter can fix them. Nothing is exported.
   */
  disclosureMarkers: (problems: MarkerProblem[]) =>
    new AppError(
      422,
      'DISCLOSURE_MARKERS_UNBALANCED',
      `The public version was not made because the 不予公开 markers do not pair up: ${problems
        .map((p) => `${placeEn(p)}: ${KIND_EN[p.kind]}`)
        .join('; ')}. Fix the markers in the text and export again.`,
      {
        problems,
        messageZh: `公开版未生成：不予公开标记不成对。${problems
          .map((p) => `${placeZh(p)}${KIND_ZH[p.kind]}`)
          .join('；')}。请修改标记后重新导出。`,
      },
    ),
};
