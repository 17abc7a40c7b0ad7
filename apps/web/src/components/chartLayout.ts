/** Layout of the board's small SVG charts: pure arithmetic, unit-tested (charts.tsx draws). */

/** Every chart's text size, in CSS pixels (the walk asked for at least 12). */
export const CHART_FONT = 12;

/**
 * How wide a text is drawn at `size` px: CJK and full-width characters a full em, others about
 * 0.62 em (digits, Latin, punctuation of the UI font). A little generous, so nothing is clipped.
 */
export function textWidth(text: string, size = CHART_FONT): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? size : size * 0.62;
  return Math.ceil(width);
}

/** The label cut to fit `room` px, ending in … when cut (the full name goes in a <title>). */
export function fitLabel(label: string, room: number, size = CHART_FONT): string {
  if (textWidth(label, size) <= room) return label;
  const chars = [...label];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size) > room) chars.pop();
  return `${chars.join('')}…`;
}

/**
 * Which of `count` evenly spaced x labels, `step` px apart and each `labelW` wide, to show: the
 * first, the last, and between them every few so that no two touch.
 */
export function shownTicks(count: number, step: number, labelW: number, gap = 10): number[] {
  if (count <= 0) return [];
  const every = step > 0 ? Math.max(1, Math.ceil((labelW + gap) / step)) : count;
  const ticks: number[] = [];
  for (let i = 0; i < count - 1; i += every) ticks.push(i);
  // The last day is always labelled; the regular label before it gives way if too close.
  if (count - 1 - ticks[ticks.length - 1] < every) ticks.pop();
  if (count - 1 !== ticks[ticks.length - 1]) ticks.push(count - 1);
  return ticks;
}
