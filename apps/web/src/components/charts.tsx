/**
 * Small SVG charts (no chart library: the board page stays light). Each is an image with a text
 * alternative, and its numbers are also shown as labels.
 *
 * Each chart is drawn at the width it is shown (one SVG unit is one CSS pixel), not scaled into its
 * card: a chart scaled down from a fixed width drew its 12 px text at about 8 px and ran its labels
 * together at 1366×768 (walk P14). Labels are laid out from their measured widths instead.
 */
import { useLayoutEffect, useRef, useState, type ReactNode, type SVGProps } from 'react';
import { CHART_FONT, fitLabel, shownTicks, textWidth } from './chartLayout';

export interface Bar {
  label: string;
  value: number;
  color?: string;
}

const AXIS = '#8c8c8c';
const INK = '#262626';

/** The width the element is laid out at, following resizes (0 until it is measured). */
function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.floor(el.getBoundingClientRect().width));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/** An SVG image drawn at its shown width, with `draw` given that width. */
function Chart({
  label,
  height,
  draw,
}: {
  label: string;
  height: number;
  draw: (width: number) => ReactNode;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  return (
    <div ref={ref} style={{ width: '100%', minHeight: height }}>
      {width > 0 && (
        <svg
          role="img"
          aria-label={label}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          style={{ display: 'block' }}
        >
          {draw(width)}
        </svg>
      )}
    </div>
  );
}

/** A label at (x, y), cut to `room` with its full text as a tooltip when it does not fit. */
function Label({ text, room, ...props }: { text: string; room: number } & SVGProps<SVGTextElement>) {
  const shown = fitLabel(text, room);
  return (
    <text fontSize={CHART_FONT} fill={INK} {...props}>
      {shown !== text && <title>{text}</title>}
      {shown}
    </text>
  );
}

const ROW = 24;

/**
 * Horizontal bars, one row per label (a stage's name reads on its own line, however many stages
 * the workflow has), the value after each bar.
 */
export function BarChart({ bars, title }: { bars: Bar[]; title: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(ROW, bars.length * ROW) + 4;
  return (
    <Chart
      label={`${title}：${bars.map((b) => `${b.label} ${b.value}`).join('，')}`}
      height={height}
      draw={(width) => {
        const labelW = Math.min(Math.max(...bars.map((b) => textWidth(b.label))), Math.floor(width * 0.45));
        const valueW = textWidth(String(max)) + 6;
        const barX = labelW + 8;
        const room = Math.max(0, width - barX - valueW);
        return bars.map((b, i) => {
          const y = i * ROW + 2;
          const w = (b.value / max) * room;
          return (
            <g key={b.label}>
              <Label text={b.label} room={labelW} x={labelW} y={y + 16} textAnchor="end" />
              <rect x={barX} y={y + 5} width={w} height={14} fill={b.color ?? '#1d4e89'} rx={2} />
              <text x={barX + w + 4} y={y + 16} fontSize={CHART_FONT} fill={INK}>
                {b.value}
              </text>
            </g>
          );
        });
      }}
    />
  );
}

/** Horizontal bars of percentages (0..1), one row per label; a row without a rate is drawn as text only. */
export function PercentBars({
  rows,
  title,
}: {
  rows: Array<{ label: string; rate: number | null; detail: string; below?: string }>;
  title: string;
}) {
  const rowH = 26;
  const height = Math.max(40, rows.length * rowH + 8);
  const said = (r: { rate: number | null; detail: string }) =>
    r.rate === null ? r.detail : `${Math.round(r.rate * 100)}% ${r.detail}`;
  // The forwarded campaign's figure goes after the text of a row without a bar; beside a bar there
  // is no room at 1366×768, so it is the bar's tooltip there (and in the chart's spoken label).
  const withBelow = (text: string, below: string | undefined) => (below ? `${text}，${below}` : text);
  return (
    <Chart
      label={`${title}：${rows.map((r) => `${r.label} ${withBelow(said(r), r.below)}`).join('，')}`}
      height={height}
      draw={(width) => {
        const labelW = Math.min(Math.max(0, ...rows.map((r) => textWidth(r.label))), Math.floor(width * 0.4));
        const rated = rows.filter((r) => r.rate !== null);
        const detailW = Math.max(0, ...rated.map((r) => textWidth(said(r)))) + 6;
        const barX = labelW + 8;
        const barW = Math.max(0, width - barX - detailW);
        return rows.map((r, i) => {
          const y = i * rowH + 4;
          return (
            <g key={r.label} data-testid="area-figure">
              <Label text={r.label} room={labelW} x={labelW} y={y + 15} textAnchor="end" />
              {r.rate === null ? (
                <Label
                  text={withBelow(r.detail, r.below)}
                  room={width - barX}
                  x={barX}
                  y={y + 15}
                  fill="#595959"
                  data-testid="area-not-due"
                />
              ) : (
                <>
                  <rect x={barX} y={y + 3} width={barW} height={16} fill="#f0f0f0" rx={2} />
                  <rect
                    x={barX}
                    y={y + 3}
                    width={barW * r.rate}
                    height={16}
                    fill={r.rate >= 0.999 ? '#389e0d' : '#1d4e89'}
                    rx={2}
                    data-testid="area-bar"
                  >
                    {r.below && <title>{withBelow(said(r), r.below)}</title>}
                  </rect>
                  <text x={barX + barW + 6} y={y + 15} fontSize={CHART_FONT} fill={INK}>
                    {said(r)}
                  </text>
                </>
              )}
            </g>
          );
        });
      }}
    />
  );
}

/** A line over days, x labels as many as fit; the latest point is marked. */
export function LineChart({
  points,
  title,
  height = 180,
}: {
  points: Array<{ label: string; value: number }>;
  title: string;
  height?: number;
}) {
  const max = Math.max(1, ...points.map((p) => p.value));
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <Chart
      label={`${title}：${
        first && last
          ? `${first.label} 至 ${last.label}，${points.length} 天，最新 ${last.label} ${last.value}`
          : '无数据'
      }，最多 ${max}`}
      height={height}
      draw={(width) => {
        const dateW = Math.max(0, ...points.map((p) => textWidth(p.label)));
        // Room for the y values on the left and for half a date label either side of the plot.
        const left = Math.max(textWidth(String(max)) + 8, Math.ceil(dateW / 2) + 2);
        const right = Math.ceil(dateW / 2) + 2;
        // The largest value is centred on the plot's top line: room above it for half its line box,
        // which Chinese fonts (Noto Sans CJK, Microsoft YaHei) make about 1.45 em tall, digits included.
        const top = 16;
        const bottom = 28;
        const plotW = Math.max(1, width - left - right);
        const plotH = height - top - bottom;
        const step = points.length > 1 ? plotW / (points.length - 1) : 0;
        const x = (i: number) => (points.length > 1 ? left + i * step : left + plotW / 2);
        const y = (v: number) => top + plotH - (v / max) * plotH;
        const path = points
          .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`)
          .join(' ');
        return (
          <>
            <line x1={left} y1={top + plotH} x2={width - right} y2={top + plotH} stroke={AXIS} />
            <line x1={left} y1={top} x2={left} y2={top + plotH} stroke={AXIS} />
            <text
              x={left - 4}
              y={top}
              dominantBaseline="middle"
              textAnchor="end"
              fontSize={CHART_FONT}
              fill={INK}
            >
              {max}
            </text>
            <text
              x={left - 4}
              y={top + plotH}
              dominantBaseline="middle"
              textAnchor="end"
              fontSize={CHART_FONT}
              fill={INK}
            >
              0
            </text>
            <path d={path} fill="none" stroke="#cf1322" strokeWidth={2} />
            {last && <circle cx={x(points.length - 1)} cy={y(last.value)} r={3} fill="#cf1322" />}
            {shownTicks(points.length, step, dateW).map((i) => (
              <text
                key={points[i].label}
                x={x(i)}
                y={height - 8}
                textAnchor="middle"
                fontSize={CHART_FONT}
                fill={INK}
              >
                {points[i].label}
              </text>
            ))}
          </>
        );
      }}
    />
  );
}
