import type { MarkerProblem } from '@app/content';
import { ReportDocumentErrors } from './report-documents.errors';

describe('the 422 for 不予公开 markers that do not pair up', () => {
  it('names the first fifty and counts the rest, so a text of stray markers gets a short answer', () => {
    const problems: MarkerProblem[] = Array.from({ length: 5000 }, (_, i) => ({
      where: 'measures',
      line: i + 1,
      kind: 'unopened',
      near: '【/不予公开】',
    }));
    const error = ReportDocumentErrors.disclosureMarkers(problems);
    const details = error.details as { problems: MarkerProblem[]; total: number; messageZh: string };
    expect(details.problems).toHaveLength(50);
    expect(details.total).toBe(5000);
    expect(error.message).toMatch(/; and 4950 more\. Fix the markers/);
    expect(details.messageZh).toMatch(/；另有4950处。请修改标记后重新导出。$/);
    expect(JSON.stringify(details).length).toBeLessThan(20_000);
  });
});
