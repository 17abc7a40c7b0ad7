import { parseLocalDate } from '@app/calendar';
import { emptySections } from '@app/content';
import { PUBLIC_PAGE_CSP, renderPublicPage, renderRss, toPublicReport } from './public-page';
import type { PublishedReport } from './public-reports.repository';

const stored: PublishedReport = {
  reportId: 'r1',
  reportYear: 2025,
  unit: { id: 'u1', name: '呼图壁县<交通>运输局' },
  title: '2025年度法治政府建设年度报告<script>alert(1)</script>',
  sections: {
    ...emptySections(),
    measures: '一、主要举措\n全年办结案件十二件（【不予公开】当事人张某某【/不予公开】），均已归档。',
  },
  publishedOn: parseLocalDate('2026-03-20'),
  channel: 'government_website',
  url: 'https://www.htb.gov.cn/a?x=1&y="2"',
};
const links = { query: 'unit=u1&year=2025', docxOf: (id: string) => `reports/${id}/public.docx` };

describe('the public page and feeds', () => {
  const report = toPublicReport(stored);
  const html = renderPublicPage({ unit: { name: '昌吉州' }, year: 2025, reports: [report], links });

  it('shows the public version only: the withheld passage and its markers are gone', () => {
    expect(html).toContain('全年办结案件十二件，均已归档。');
    expect(html).not.toContain('张某某');
    expect(html).not.toContain('不予公开');
  });

  it('sets a numbered paragraph’s lead sentence off inside the paragraph, not the whole of it as a heading', () => {
    const numbered = toPublicReport({
      ...stored,
      sections: {
        ...emptySections(),
        measures:
          '一、主要举措\n（一）严格规范执法。全年办理行政处罚案件120件。\n（二）强化监督\n复议纠错3件。',
      },
    });
    const page = renderPublicPage({ unit: { name: '昌吉州' }, year: 2025, reports: [numbered], links });
    expect(page).toContain(
      '<p><strong class="lead">（一）严格规范执法。</strong>全年办理行政处罚案件120件。</p>',
    );
    // A heading line alone stays a heading.
    expect(page).toContain('<h4>（二）强化监督</h4>');
    expect(numbered.blocks.find((b) => b.text.startsWith('（一）'))).toMatchObject({
      kind: 'heading2',
      headLength: 10,
    });
  });

  it('escapes every stored text, in HTML and in RSS', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
    expect(html).toContain('href="https://www.htb.gov.cn/a?x=1&#38;y=&#34;2&#34;"');
    const rss = renderRss({
      unit: { name: '昌吉州' },
      year: 2025,
      reports: [report],
      pageUrl: '/public/reports',
    });
    expect(rss).not.toContain('<script>');
    expect(rss).not.toContain('张某某');
    expect(rss).toContain('<pubDate>Thu, 19 Mar 2026 16:00:00 GMT</pubDate>');
  });

  it('runs no script: the policy allows only the page style', () => {
    expect(PUBLIC_PAGE_CSP).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(html).not.toMatch(/<script/i);
  });
});
