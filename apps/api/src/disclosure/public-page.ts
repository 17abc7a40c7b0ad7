import { createHash } from 'node:crypto';
import { chinaDateText, type LocalDate } from '@app/calendar';
import { layoutReport, xmlSafe, type Block } from '@app/content';
import type { PublishedReport } from './public-reports.repository';

/**
 * The public page (信息公开) of a unit tree's published annual reports, its JSON and RSS feeds. Pure:
 * the published revisions come in, their public versions (【不予公开】 passages removed by
 * layoutReport) go out, every text escaped. Nothing else of a report is ever shown here.
 */

/** One published report as the public sees it: the public version laid out as the .docx is. */
export interface PublicReport {
  id: string;
  title: string;
  unit: { id: string; name: string };
  publishedOn: LocalDate;
  channel: string;
  url: string;
  blocks: Block[];
}

export const CHANNEL_WORDS: Record<string, string> = {
  government_website: '政府网站',
  newspaper: '报刊',
  new_media: '政务新媒体',
  other: '其他渠道',
};

export function toPublicReport(report: PublishedReport): PublicReport {
  const blocks = layoutReport(
    { title: report.title, unitName: report.unit.name, date: report.publishedOn, sections: report.sections },
    { publicVersion: true },
  );
  const title = blocks.find((b) => b.kind === 'title')?.text ?? '';
  return {
    id: report.reportId,
    title,
    unit: report.unit,
    publishedOn: report.publishedOn,
    channel: report.channel,
    url: report.url,
    blocks: blocks.filter((b) => b.kind !== 'title'),
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Readable on a phone: one column, body text at 18px, contrast above 4.5:1 everywhere. */
const STYLE = [
  'body{margin:0;font:18px/1.8 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1a1a1a;background:#fff}',
  'header,main{max-width:46rem;margin:0 auto;padding:1rem}',
  'h1{font-size:1.5rem;line-height:1.4;margin:.5rem 0}',
  'h2{font-size:1.25rem;line-height:1.4;margin:2rem 0 .25rem}',
  'h3{font-size:1.1rem;margin:1.25rem 0 .25rem}',
  'h4{font-size:1rem;margin:1rem 0 .25rem}',
  'p{margin:.5rem 0;text-indent:2em;overflow-wrap:anywhere}',
  '.meta,.feeds,.empty{text-indent:0;color:#444;font-size:.95em}',
  '.sig{text-align:right;text-indent:0}',
  'a{color:#0b57a4}',
  'article{border-top:1px solid #ccc;margin-top:1.5rem}',
  'nav ul{padding-left:1.25rem}',
  '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}',
].join('');

/** The Content-Security-Policy of the page: no script at all, only its own style (by hash). */
export const PUBLIC_PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'`;

// The public version is laid out without the dispatch parts (文号, 版记); they map to plain lines all the same.
const BLOCK_TAG: Record<Block['kind'], string> = {
  documentNumber: 'p class="meta"',
  title: 'h2',
  addressee: 'p',
  heading1: 'h3',
  heading2: 'h4',
  body: 'p',
  signature: 'p class="sig"',
  imprint: 'p class="meta"',
};

function blockHtml(block: Block): string {
  // A numbered paragraph that opens with its heading sentence (（二）严格规范执法。全年办理…) is a
  // paragraph, its lead sentence set off, as the Word export sets it: the whole of it was a heading
  // (scenario test, stop 48).
  if (block.kind === 'heading2' && block.headLength !== undefined) {
    const head = block.text.slice(0, block.headLength);
    const rest = block.text.slice(block.headLength);
    return `<p><strong class="lead">${escapeHtml(head)}</strong>${escapeHtml(rest)}</p>`;
  }
  const tag = BLOCK_TAG[block.kind];
  const close = tag.split(' ')[0];
  return `<${tag}>${escapeHtml(block.text)}</${close}>`;
}

export interface PageLinks {
  /** Query string shared by the page and its feeds: unit=…&year=… */
  query: string;
  docxOf: (reportId: string) => string;
}

export function renderPublicPage(input: {
  unit: { name: string };
  year: number;
  reports: PublicReport[];
  links: PageLinks;
}): string {
  const { unit, year, reports, links } = input;
  const heading = `${unit.name}${year}年度法治政府建设年度报告`;
  const list =
    reports.length === 0
      ? '<p class="empty">暂无已公开的年度报告。</p>'
      : `<nav aria-label="报告目录"><ul>${reports
          .map((r) => `<li><a href="#r-${r.id}">${escapeHtml(r.unit.name)}：${escapeHtml(r.title)}</a></li>`)
          .join('')}</ul></nav>` +
        reports
          .map(
            (r) =>
              `<article id="r-${r.id}" aria-labelledby="t-${r.id}"><h2 id="t-${r.id}">${escapeHtml(r.title)}</h2>` +
              `<p class="meta">${escapeHtml(r.unit.name)} · ${chinaDateText(r.publishedOn)}公开于${CHANNEL_WORDS[r.channel] ?? '其他渠道'} · ` +
              `<a href="${escapeHtml(links.docxOf(r.id))}">下载Word版<span class="sr">（${escapeHtml(r.title)}）</span></a> · ` +
              `<a href="${escapeHtml(r.url)}" rel="noopener noreferrer">原文链接<span class="sr">（${escapeHtml(r.title)}）</span></a></p>` +
              r.blocks.map(blockHtml).join('') +
              '</article>',
          )
          .join('');
  return (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(heading)}</title><style>${STYLE}</style>` +
    `<link rel="alternate" type="application/rss+xml" title="RSS" href="reports.rss?${escapeHtml(links.query)}">` +
    '</head><body>' +
    `<header><h1>${escapeHtml(heading)}</h1>` +
    `<p class="feeds">共${reports.length}份已公开报告（公开版）。订阅更新：<a href="reports.rss?${escapeHtml(links.query)}">RSS订阅</a> · <a href="reports.json?${escapeHtml(links.query)}">数据接口（JSON）</a></p></header>` +
    `<main>${list}</main></body></html>`
  );
}

/** RFC 822 date of a China calendar day (00:00 Beijing time), as RSS readers expect. */
function rssDate(day: LocalDate): string {
  return new Date(`${day}T00:00:00+08:00`).toUTCString();
}

function escapeXml(text: string): string {
  // One published report's stray U+FFFF must not make the subtree's feed unreadable.
  return xmlSafe(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderRss(input: {
  unit: { name: string };
  year: number;
  reports: PublicReport[];
  pageUrl: string;
}): string {
  const heading = `${input.unit.name}${input.year}年度法治政府建设年度报告`;
  const items = input.reports
    .map(
      (r) =>
        '<item>' +
        `<title>${escapeXml(`${r.unit.name}：${r.title}`)}</title>` +
        `<link>${escapeXml(r.url)}</link>` +
        `<guid isPermaLink="false">${r.id}</guid>` +
        `<pubDate>${rssDate(r.publishedOn)}</pubDate>` +
        `<description>${escapeXml(
          r.blocks
            .map((b) => b.text)
            .join('\n')
            .slice(0, 2000),
        )}</description>` +
        '</item>',
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>' +
    `<title>${escapeXml(heading)}</title><link>${escapeXml(input.pageUrl)}</link>` +
    `<description>${escapeXml(`${heading}（公开版）`)}</description><language>zh-cn</language>` +
    `${items}</channel></rss>`
  );
}
