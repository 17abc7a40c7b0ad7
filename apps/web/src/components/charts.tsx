/**
 * Small SVG charts (no chart library: the board page stays light). Each is an image with a text
 * alternative, and its numbers are also shown as labels.
 */

export interface Bar {
  label: string;
  value: number;
  color?: string;
}

const AXIS = '#8c8c8c';

/** Vertical bars with the value above each bar. */
export function BarChart({ bars, title, height = 180 }: { bars: Bar[]; title: string; height?: number }) {
  const width = Math.max(260, bars.length * 64);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = height - 44;
  const step = width / Math.max(1, bars.length);
  return (
    <svg
      role="img"
      aria-label={`${title}：${bars.map((b) => `${b.label} ${b.value}`).join('，')}`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height={height}
    >
      <line x1={0} y1={plot + 16} x2={width} y2={plot + 16} stroke={AXIS} />
      {bars.map((b, i) => {
        const h = (b.value / max) * plot;
        const x = i * step + step * 0.2;
        return (
          <g key={b.label}>
            <rect x={x} y={plot + 16 - h} width={step * 0.6} height={h} fill={b.color ?? '#1d4e89'} rx={2} />
            <text x={x + step * 0.3} y={plot + 12 - h} textAnchor="middle" fontSize={12} fill="#262626">
              {b.value}
            </text>
            <text x={x + step * 0.3} y={height - 8} textAnchor="middle" fontSize={12} fill="#262626">
              {b.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Horizontal bars of percentages (0..1), one row per label; a row without a rate is drawn as text only. */
export function PercentBars({
  rows,
  title,
}: {
  rows: Array<{ label: string; rate: number | null; detail: string }>;
  title: string;
}) {
  const rowH = 26;
  const height = Math.max(40, rows.length * rowH + 8);
  const labelW = 150;
  const width = 460;
  const said = (r: { rate: number | null; detail: string }) =>
    r.rate === null ? r.detail : `${Math.round(r.rate * 100)}% ${r.detail}`;
  return (
    <svg
      role="img"
      aria-label={`${title}：${rows.map((r) => `${r.label} ${said(r)}`).join('，')}`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height={height}
    >
      {rows.map((r, i) => {
        const y = i * rowH + 4;
        return (
          <g key={r.label} data-testid="area-figure">
            <text x={labelW - 6} y={y + 15} textAnchor="end" fontSize={12} fill="#262626">
              {r.label.length > 11 ? `${r.label.slice(0, 10)}…` : r.label}
            </text>
            {r.rate === null ? (
              <text x={labelW} y={y + 15} fontSize={12} fill="#595959" data-testid="area-not-due">
                {r.detail}
              </text>
            ) : (
              <>
                <rect x={labelW} y={y + 3} width={width - labelW - 60} height={16} fill="#f0f0f0" rx={2} />
                <rect
                  x={labelW}
                  y={y + 3}
                  width={(width - labelW - 60) * r.rate}
                  height={16}
                  fill={r.rate >= 0.999 ? '#389e0d' : '#1d4e89'}
                  rx={2}
                  data-testid="area-bar"
                />
                <text x={width - 54} y={y + 15} fontSize={12} fill="#262626">
                  {said(r)}
                </text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** A line over days (x labels every few points). */
export function LineChart({
  points,
  title,
  height = 180,
}: {
  points: Array<{ label: string; value: number }>;
  title: string;
  height?: number;
}) {
  const width = 460;
  const max = Math.max(1, ...points.map((p) => p.value));
  const plot = height - 36;
  const x = (i: number) => 30 + (i * (width - 40)) / Math.max(1, points.length - 1);
  const y = (v: number) => 8 + plot - (v / max) * plot;
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  const every = Math.max(1, Math.ceil(points.length / 6));
  const last = points[points.length - 1];
  return (
    <svg
      role="img"
      aria-label={`${title}：${points.length} 天，最新 ${last ? `${last.label} ${last.value}` : '无数据'}，最多 ${max}`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height={height}
    >
      <line x1={30} y1={8 + plot} x2={width - 10} y2={8 + plot} stroke={AXIS} />
      <line x1={30} y1={8} x2={30} y2={8 + plot} stroke={AXIS} />
      <text x={26} y={14} textAnchor="end" fontSize={11} fill="#262626">
        {max}
      </text>
      <text x={26} y={8 + plot} textAnchor="end" fontSize={11} fill="#262626">
        0
      </text>
      <path d={path} fill="none" stroke="#cf1322" strokeWidth={2} />
      {points.map((p, i) =>
        i % every === 0 || i === points.length - 1 ? (
          <text key={p.label} x={x(i)} y={height - 6} textAnchor="middle" fontSize={11} fill="#262626">
            {p.label}
          </text>
        ) : null,
      )}
    </svg>
  );
}
