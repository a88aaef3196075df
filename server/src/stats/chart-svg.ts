import type { Grouping } from './period.js';
import type { StatsLanguage, StatsReport } from './report.js';

/**
 * The statistics chart, drawn here as SVG rather than by a charting library in the browser:
 * no script to ship or audit, nothing that could reach the widgets' bundles, and the same
 * picture for the moderation page and for anyone who saves it. Colours are presentation
 * attributes (a page's CSS outranks them; a strict CSP allows them, unlike style attributes),
 * and each part has a class the moderation page styles for dark mode and forced colours.
 */

/** Widths a chart is drawn at, in CSS pixels: the page asks for its own, so text stays 12 px. */
export const chartWidths = { min: 320, max: 1600, fallback: 720 };
const height = 260;
const margin = { top: 12, right: 8, bottom: 28, left: 56 };
const plotHeight = height - margin.top - margin.bottom;
/** Room each x-axis label needs, so that labels never overlap however many bars there are. */
const labelWidth: Record<Grouping, number> = { day: 56, month: 72, year: 40 };

const chartTitle: Record<StatsLanguage, (report: StatsReport) => string> = {
  ru: ({ group, from, to, total }) =>
    `Просмотры ${{ day: 'по дням', month: 'по месяцам', year: 'по годам' }[group]} с ${from} по ${to}, всего ${total}`,
  en: ({ group, from, to, total }) => `Views per ${group} from ${from} to ${to}, ${total} in all`,
};

const periodFormat: Record<Grouping, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short' },
  month: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
};

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character]!,
  );

/** The step between y-axis ticks: 1, 2 or 5 times a power of ten, giving at most 5 ticks. */
function tickStep(max: number): number {
  const rough = Math.max(max, 4) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((multiple) => multiple * power).find((step) => step >= rough)!;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function chartSvg(
  report: StatsReport,
  language: StatsLanguage,
  width = chartWidths.fallback,
): string {
  const { periods, group } = report;
  const formatPeriod = new Intl.DateTimeFormat(language, {
    ...periodFormat[group],
    timeZone: 'UTC',
  });
  const formatNumber = new Intl.NumberFormat(language);
  const periodLabel = (from: string) => formatPeriod.format(new Date(`${from}T00:00:00Z`));

  const step = tickStep(Math.max(0, ...periods.map((period) => period.views)));
  const top = step * Math.max(1, Math.ceil(Math.max(...periods.map((p) => p.views), 0) / step));
  const y = (views: number) => round(margin.top + plotHeight - (views / top) * plotHeight);
  const band = (width - margin.left - margin.right) / periods.length;
  // Thin bars lose their gap rather than their width.
  const barWidth = round(band > 4 ? band * 0.8 : band);
  const labelEvery = Math.ceil(labelWidth[group] / band);

  const grid = Array.from({ length: top / step + 1 }, (_, index) => {
    const value = index * step;
    return (
      `<line class="chart-grid" x1="${margin.left}" x2="${width - margin.right}" y1="${y(value)}" y2="${y(value)}" stroke="#c9cad3" />` +
      `<text class="chart-label" x="${margin.left - 6}" y="${y(value)}" text-anchor="end" dominant-baseline="middle">${formatNumber.format(value)}</text>`
    );
  });
  const bars = periods.map(({ from, views }, index) => {
    const x = round(margin.left + index * band + (band - barWidth) / 2);
    const label = `${periodLabel(from)}: ${formatNumber.format(views)}`;
    return `<rect class="chart-bar" x="${x}" y="${y(views)}" width="${barWidth}" height="${round(margin.top + plotHeight - y(views))}" fill="#1a56a6"><title>${escapeXml(label)}</title></rect>`;
  });
  const labels = periods.flatMap(({ from }, index) =>
    index % labelEvery
      ? []
      : [
          `<text class="chart-label" x="${round(margin.left + (index + 0.5) * band)}" y="${height - 8}" text-anchor="middle">${escapeXml(periodLabel(from))}</text>`,
        ],
  );
  const title = escapeXml(chartTitle[language](report));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title" font-size="12" fill="#55555f">` +
    `<title id="chart-title">${title}</title>` +
    grid.join('') +
    bars.join('') +
    `<line class="chart-axis" x1="${margin.left}" x2="${width - margin.right}" y1="${y(0)}" y2="${y(0)}" stroke="#55555f" />` +
    labels.join('') +
    '</svg>'
  );
}
