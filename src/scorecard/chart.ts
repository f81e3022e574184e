// One SVG chart per KPI: the actual value per period as a line, the target as a band (the
// "near" zone around it) with the target line inside. Scales and the line path come from
// d3-scale and d3-shape; the SVG is a string, so the HTML stays one self-contained file.
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { html } from '../render/escape.js';
import { periodLabel } from './periods.js';
import { formatNumber, formatTarget } from './present.js';
import type { KpiCard, Scorecard, ScoreRow, Status } from './score.js';
import { w, type MessageKey } from './words.js';

// Small enough that text stays readable when a phone scales the chart to its width; the page
// caps the chart's width on a wide screen (templates/scorecard.html.hbs).
const WIDTH = 400;
const HEIGHT = 190;
const MARGIN = { top: 16, right: 10, bottom: 26, left: 40 };
const FONT = 12;

export const STATUS_COLORS: Record<Status, string> = { met: '#1f7a3f', near: '#a66a00', missed: '#b3261e', 'too-few': '#7a8391', 'no-data': '#7a8391' };

export function chartSvg(kpi: KpiCard, card: Scorecard): string {
  const language = card.language;
  const periods = card.periods;
  const target = kpi.target.value;
  const band = (Math.abs(target) * card.settings.nearBand) / 100;
  const actuals = kpi.series.map((r) => r.actual).filter((v): v is number => v !== null);
  const low = Math.min(target - band, ...actuals);
  const high = Math.max(target + band, ...actuals);
  const pad = (high - low) * 0.12 || Math.abs(target) * 0.1 || 1;
  const y = scaleLinear()
    .domain([low - pad, high + pad])
    .nice(4)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const x = scalePoint<string>().domain(periods).range([MARGIN.left, WIDTH - MARGIN.right]).padding(0.4);
  const path = line<ScoreRow>()
    .defined((r) => r.actual !== null)
    .x((r) => x(r.period) ?? 0)
    .y((r) => y(r.actual ?? 0))(kpi.series);
  const label = w(language, 'chart.alt', {
    kpi: kpi.name,
    kind: w(language, `head.period.${card.periodKind}` as MessageKey),
    target: formatTarget(kpi, language),
  });
  const parts: string[] = [];
  parts.push(
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-label="${html(label)}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>${html(label)}</title>`,
  );
  for (const tick of y.ticks(4)) {
    const ty = y(tick);
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${ty}" y2="${ty}" stroke="#e3e7ec" stroke-width="1"/>`,
      `<text x="${MARGIN.left - 8}" y="${ty + 4}" text-anchor="end" font-size="${FONT}" fill="#5b6573">${html(formatNumber(tick, language, 2))}</text>`,
    );
  }
  const top = y(target + band);
  const bottom = y(target - band);
  parts.push(
    `<rect class="target-band" x="${MARGIN.left}" y="${Math.min(top, bottom)}" width="${WIDTH - MARGIN.left - MARGIN.right}" height="${Math.max(2, Math.abs(bottom - top))}" fill="#2b5fab" fill-opacity="0.16"/>`,
    `<line class="target-line" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(target)}" y2="${y(target)}" stroke="#2b5fab" stroke-width="1.5" stroke-dasharray="6 4"/>`,
  );
  const targetText = `${w(language, 'chart.target')} ${formatTarget(kpi, language)}`;
  const points = kpi.series.filter((r) => r.actual !== null).map((r) => [x(r.period) ?? 0, y(r.actual!)] as [number, number]);
  const place = targetLabelPlace(targetText, Math.min(top, bottom), Math.max(top, bottom), points);
  parts.push(`<text class="target-label" x="${place.x}" y="${place.y}" text-anchor="${place.anchor}" font-size="${FONT}" fill="#2b5fab">${html(targetText)}</text>`);
  // About five labels fit; a month shows its year at the start and in January only.
  const every = Math.max(1, Math.ceil(periods.length / 5));
  periods.forEach((period, i) => {
    if (i % every !== 0) return;
    const month = /^\d{4}-(\d{2})$/.exec(period);
    const text = month && i !== 0 && month[1] !== '01' ? periodLabel(period, language, true).replace(/\.?\s*\d{4}$/, '') : periodLabel(period, language, true);
    parts.push(`<text x="${x(period)}" y="${HEIGHT - 7}" text-anchor="middle" font-size="${FONT}" fill="#5b6573">${html(text)}</text>`);
  });
  if (path) parts.push(`<path class="actual" d="${path}" fill="none" stroke="#1d2430" stroke-width="2"/>`);
  for (const r of kpi.series) {
    if (r.actual === null) continue;
    parts.push(
      `<circle cx="${x(r.period)}" cy="${y(r.actual)}" r="4" fill="${STATUS_COLORS[r.status]}"><title>${html(`${periodLabel(r.period, language)}: ${formatNumber(r.actual, language)} ${r.unit}`)}</title></circle>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

/** Where the target's label goes: above the band at the right, else below it, else at the left,
 * whichever place the line and its points leave free (the last points sit at the right, often
 * just above a target they meet). */
function targetLabelPlace(text: string, bandTop: number, bandBottom: number, points: Array<[number, number]>): { x: number; y: number; anchor: 'start' | 'end' } {
  // About the width of the text at this size; a few pixels of air around it.
  const width = text.length * FONT * 0.56;
  const air = 3;
  const above = Math.max(FONT, bandTop - 4);
  const below = Math.min(HEIGHT - MARGIN.bottom - 2, bandBottom + FONT + 2);
  const right = WIDTH - MARGIN.right;
  const left = MARGIN.left + 4;
  const candidates = [
    { x: right, y: above, anchor: 'end' as const },
    { x: right, y: below, anchor: 'end' as const },
    { x: left, y: above, anchor: 'start' as const },
    { x: left, y: below, anchor: 'start' as const },
  ];
  // The line as points every few pixels, with the data points themselves (circles of radius 4).
  const trace: Array<[number, number, number]> = points.map(([px, py]) => [px, py, 4]);
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    const steps = Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 3);
    for (let k = 1; k < steps; k++) trace.push([x0 + ((x1 - x0) * k) / steps, y0 + ((y1 - y0) * k) / steps, 1]);
  }
  const free = (c: (typeof candidates)[number]) => {
    const x0 = c.anchor === 'end' ? c.x - width : c.x;
    return !trace.some(([px, py, r]) => px + r >= x0 - air && px - r <= x0 + width + air && py + r >= c.y - FONT - air && py - r <= c.y + air);
  };
  return candidates.find(free) ?? candidates[0]!;
}
