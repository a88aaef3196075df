/**
 * The moderation page's statistics view: views per day, month or year as a chart the server
 * draws (SVG) and as a table with the same figures, the most viewed items, and the CSV files
 * for a spreadsheet. moderation.js owns signing in; this view follows it by watching the
 * session bar, which it shows only to a signed-in moderator, and calls the site's API with the
 * token it keeps.
 */
import { adminFetch, describe as describeRefusal } from './moderation-api.js';
import { language, locale, strings } from './moderation-strings.js';

const text = strings.stats;
const $ = (id) => document.getElementById(id);
const session = $('session');
const view = $('stats');
const form = $('stats-form');
const fromField = $('stats-from');
const toField = $('stats-to');
const groupSelect = $('stats-group');
const errorLine = $('stats-error');
const summary = $('stats-summary');
const results = $('stats-results');
const chart = $('stats-chart');
const periodRows = $('stats-periods').tBodies[0];
const periodTotal = $('stats-total');
const topTable = $('stats-top');
const topEmpty = $('stats-top-empty');

const numberFormat = new Intl.NumberFormat(locale);
const utcFormat = (options) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
/** One format per grouping, made once: a year of daily totals names 366 rows. */
const periodFormats = {
  day: utcFormat({ day: 'numeric', month: 'long', year: 'numeric' }),
  month: utcFormat({ month: 'long', year: 'numeric' }),
  year: utcFormat({ year: 'numeric' }),
};
const dateFormat = utcFormat({ dateStyle: 'long' });
const dateOf = (day) => new Date(`${day}T00:00:00Z`);
const periodName = (day, group) => periodFormats[group].format(dateOf(day));

/** A refusal the server explains by its code, in the moderator's language where we can. */
function describe(error) {
  if (error.code === 'invalid_range') return text.badRange;
  if (error.code === 'range_too_long') return text.tooLong;
  return describeRefusal(error);
}

/** The query the form describes; empty dates leave the server's default: the last 30 days. */
function query(extra = {}) {
  const parameters = new URLSearchParams({ group: groupSelect.value, ...extra });
  if (fromField.value) parameters.set('from', fromField.value);
  if (toField.value) parameters.set('to', toField.value);
  return parameters;
}

const fetchStats = (parameters) => adminFetch(`/stats?${parameters}`);

function cell(tag, content, className) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(content);
  return node;
}

function timeOf(period, group) {
  const time = document.createElement('time');
  time.dateTime = period.period;
  time.textContent = periodName(period.from, group);
  return time;
}

function renderPeriods(report) {
  periodRows.replaceChildren(
    ...report.periods.map((period) => {
      const row = document.createElement('tr');
      const name = cell('th', timeOf(period, report.group));
      name.scope = 'row';
      row.append(name, cell('td', numberFormat.format(period.views), 'number'));
      return row;
    }),
  );
  periodTotal.textContent = numberFormat.format(report.total);
}

/** The item's title linked to its article when it is a news item, else its id. */
function itemName(item) {
  if (!item.newsItem) return cell('code', item.itemId);
  const link = document.createElement('a');
  link.href = item.newsItem.url;
  link.textContent = item.newsItem.title;
  return link;
}

function renderTop(report) {
  topTable.hidden = report.topItems.length === 0;
  topEmpty.hidden = !topTable.hidden;
  topTable.tBodies[0].replaceChildren(
    ...report.topItems.map((item) => {
      const row = document.createElement('tr');
      row.append(
        cell('td', numberFormat.format(item.rank), 'number'),
        cell('th', itemName(item)),
        cell('td', numberFormat.format(item.views), 'number'),
      );
      row.cells[1].scope = 'row';
      return row;
    }),
  );
}

/**
 * The server's SVG, parsed as XML and adopted: no markup string reaches innerHTML, and the
 * page's stylesheet colours it (dark mode, forced colours).
 */
function renderChart(svgText) {
  const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  chart.replaceChildren(document.importNode(svg.documentElement, true));
}

/** The chart is drawn as wide as its frame, so its text is the page's size, not scaled. */
function chartWidth() {
  const frame = getComputedStyle(chart.parentElement);
  const sides = [
    'paddingInlineStart',
    'paddingInlineEnd',
    'borderInlineStartWidth',
    'borderInlineEndWidth',
  ];
  const inner = sides.reduce((width, side) => width - parseFloat(frame[side]), view.clientWidth);
  return String(Math.round(Math.min(Math.max(inner, 320), 1600)));
}

let loading;

async function load() {
  errorLine.textContent = '';
  if (fromField.value && toField.value && fromField.value > toField.value) {
    errorLine.textContent = text.badRange;
    fromField.focus();
    return;
  }
  const parameters = query({ top: '10' });
  const current = (loading = Symbol('load'));
  summary.textContent = text.loading;
  try {
    const chartQuery = new URLSearchParams(parameters);
    chartQuery.set('format', 'svg');
    chartQuery.set('lang', language);
    chartQuery.set('width', chartWidth());
    const [report, svgText] = await Promise.all([
      fetchStats(parameters).then((response) => response.json()),
      fetchStats(chartQuery).then((response) => response.text()),
    ]);
    // A later request (the moderator pressed Show again) has the last word.
    if (current !== loading) return;
    fromField.value = report.from;
    toField.value = report.to;
    renderChart(svgText);
    // Bars of nothing say less than the summary's 0; the table still lists the periods.
    chart.parentElement.hidden = report.total === 0;
    renderPeriods(report);
    renderTop(report);
    results.hidden = false;
    summary.textContent = text.summary(
      numberFormat.format(report.total),
      dateFormat.format(dateOf(report.from)),
      dateFormat.format(dateOf(report.to)),
    );
  } catch (error) {
    if (current !== loading) return;
    summary.textContent = '';
    errorLine.textContent = describe(error);
  }
}

/** The server names the file; the token rides in a header, so the file comes through fetch. */
async function download(table) {
  errorLine.textContent = '';
  try {
    const response = await fetchStats(query({ format: 'csv', table, lang: language, top: '100' }));
    const name =
      /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
      `${table}.csv`;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = name;
    link.click();
    URL.revokeObjectURL(link.href);
    summary.textContent = text.downloaded(name);
  } catch (error) {
    errorLine.textContent = describe(error);
  }
}

function localize() {
  for (const node of document.querySelectorAll('[data-stats-text]'))
    node.textContent = text[node.dataset.statsText];
}

/** Figures belong to the session: signing out takes them off the page. */
function clear() {
  loading = undefined;
  results.hidden = true;
  chart.replaceChildren();
  periodRows.replaceChildren();
  periodTotal.textContent = '';
  topTable.tBodies[0].replaceChildren();
  for (const node of [errorLine, summary]) node.textContent = '';
  form.reset();
}

function followSession() {
  view.hidden = session.hidden;
  if (session.hidden) clear();
  else void load();
}

localize();
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void load();
});
$('stats-csv-periods').addEventListener('click', () => download('periods'));
$('stats-csv-top').addEventListener('click', () => download('items'));
new MutationObserver(followSession).observe(session, { attributeFilter: ['hidden'] });
if (!session.hidden) followSession();
