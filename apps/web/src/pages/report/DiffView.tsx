import { Alert, Empty, Typography } from 'antd';
import type { DiffHunk, ReportDiff } from '../../api/openapi.gen';
import { SECTION_LABELS } from '../../labels';
import { wordDiff, type Piece } from './wordDiff';

interface Row {
  left: string | null;
  right: string | null;
  kind: 'same' | 'changed';
}

/** Hunks -> side-by-side rows: removed lines on the left facing the added lines that replaced them. */
export function sideBySide(hunks: DiffHunk[]): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < hunks.length; i++) {
    const h = hunks[i];
    if (h.kind === 'same') {
      h.lines.forEach((line) => rows.push({ left: line, right: line, kind: 'same' }));
      continue;
    }
    const removed = h.kind === 'removed' ? h.lines : [];
    const next = hunks[i + 1];
    const added = h.kind === 'added' ? h.lines : next?.kind === 'added' ? next.lines : [];
    if (h.kind === 'removed' && next?.kind === 'added') i++;
    const n = Math.max(removed.length, added.length);
    for (let k = 0; k < n; k++)
      rows.push({ left: removed[k] ?? null, right: added[k] ?? null, kind: 'changed' });
  }
  return rows;
}

/** Changed sections only, each as a two-column table: revision `from` left, `to` right. */
export function DiffView({ diff, onlyChanged = true }: { diff: ReportDiff; onlyChanged?: boolean }) {
  const sections = diff.sections.filter((s) => !onlyChanged || s.changed);
  if (sections.length === 0) return <Empty description="两个版本的正文没有差异" />;
  return (
    <div data-testid="diff">
      {sections.map((s) => (
        <section key={s.section} style={{ marginBottom: 16 }}>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {SECTION_LABELS[s.section]}
          </Typography.Title>
          {s.tooDifferent ? (
            <Alert
              type="info"
              showIcon
              data-testid="diff-too-different"
              message={`第 ${diff.from} 版和第 ${diff.to} 版的这一部分改动太多，无法逐行对比，请分别查看两个版本的全文`}
            />
          ) : (
            <table className="rf-diff-table">
              <caption className="rf-skip-link">
                {SECTION_LABELS[s.section]}：左为第 {diff.from} 版，右为第 {diff.to} 版
              </caption>
              <thead>
                <tr>
                  <th scope="col" style={{ textAlign: 'left', width: '50%' }}>
                    第 {diff.from} 版
                  </th>
                  <th scope="col" style={{ textAlign: 'left', width: '50%' }}>
                    第 {diff.to} 版
                  </th>
                </tr>
              </thead>
              <tbody>
                {collapse(sideBySide(s.hunks)).map((row, i) =>
                  row === 'gap' ? (
                    <tr key={i}>
                      <td colSpan={2} style={{ color: '#737373', textAlign: 'center' }}>
                        ⋯ 未改动的内容已折叠 ⋯
                      </td>
                    </tr>
                  ) : (
                    <tr key={i}>
                      <td
                        className={
                          row.kind === 'same' ? '' : row.left === null ? 'rf-diff-empty' : 'rf-diff-removed'
                        }
                      >
                        {row.kind !== 'same' && row.left !== null && (
                          <span className="rf-skip-link">删除：</span>
                        )}
                        {row.kind === 'changed' && row.left !== null && row.right !== null ? (
                          <Pieces pieces={wordDiff(row.left, row.right).before} tag="del" />
                        ) : (
                          row.left
                        )}
                      </td>
                      <td
                        className={
                          row.kind === 'same' ? '' : row.right === null ? 'rf-diff-empty' : 'rf-diff-added'
                        }
                      >
                        {row.kind !== 'same' && row.right !== null && (
                          <span className="rf-skip-link">新增：</span>
                        )}
                        {row.kind === 'changed' && row.left !== null && row.right !== null ? (
                          <Pieces pieces={wordDiff(row.left, row.right).after} tag="ins" />
                        ) : (
                          row.right
                        )}
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  );
}

/** A changed line with its changed words marked: struck through on the left, underlined on the right. */
function Pieces({ pieces, tag }: { pieces: Piece[]; tag: 'del' | 'ins' }) {
  const Mark = tag;
  return (
    <>
      {pieces.map((p, i) =>
        p.changed ? (
          <Mark key={i} className={tag === 'del' ? 'rf-diff-word-removed' : 'rf-diff-word-added'}>
            {p.text}
          </Mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

/** Long runs of unchanged lines become one "folded" row, keeping 2 lines of context each side. */
function collapse(rows: Row[]): Array<Row | 'gap'> {
  const keep = rows.map(
    (r, i) => r.kind === 'changed' || rows.slice(Math.max(0, i - 2), i + 3).some((x) => x.kind === 'changed'),
  );
  const out: Array<Row | 'gap'> = [];
  rows.forEach((r, i) => {
    if (keep[i]) out.push(r);
    else if (out[out.length - 1] !== 'gap') out.push('gap');
  });
  return out;
}
