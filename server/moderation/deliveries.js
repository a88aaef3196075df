/**
 * The moderation page's delivery log: the latest notifications the server sent (mail and
 * webhook), each with its time, status, attempts and last answer, so a moderator sees at once
 * that mail stopped arriving and why. Like the statistics view it follows the session bar that
 * moderation.js shows to a signed-in moderator, and calls the site's API with the token it keeps.
 */
import { adminFetch, describe } from './moderation-api.js';
import { locale, strings } from './moderation-strings.js';

const text = strings.deliveries;
const $ = (id) => document.getElementById(id);
const session = $('session');
const view = $('deliveries');
const rows = $('deliveries-table').tBodies[0];
const tableScroll = $('deliveries-scroll');
const emptyState = $('deliveries-empty');
const errorLine = $('deliveries-error');
const summary = $('deliveries-summary');
const timeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' });

async function fetchDeliveries() {
  const response = await adminFetch('/notifications/deliveries?limit=20');
  return (await response.json()).deliveries;
}

function cell(tag, content, className) {
  const node = document.createElement(tag);
  node.textContent = content;
  if (className) node.className = className;
  return node;
}

function renderDelivery(delivery) {
  const row = document.createElement('tr');
  const time = document.createElement('time');
  time.dateTime = delivery.finishedAt;
  time.textContent = timeFormat.format(new Date(delivery.finishedAt));
  const when = document.createElement('td');
  when.append(time);
  row.append(
    when,
    cell('td', text.channel[delivery.channel]),
    cell('td', delivery.target, 'target'),
    cell('td', text.status[delivery.status], `delivery-${delivery.status}`),
    cell('td', String(delivery.attempts), 'number'),
    cell('td', delivery.outcome, 'outcome'),
  );
  return row;
}

async function load() {
  errorLine.textContent = '';
  summary.textContent = text.loading;
  try {
    const deliveries = await fetchDeliveries();
    rows.replaceChildren(...deliveries.map(renderDelivery));
    tableScroll.hidden = deliveries.length === 0;
    emptyState.hidden = deliveries.length > 0;
    const failed = deliveries.filter((delivery) => delivery.status === 'failed').length;
    summary.textContent = deliveries.length ? text.summary(deliveries.length, failed) : '';
  } catch (error) {
    summary.textContent = '';
    errorLine.textContent = describe(error);
  }
}

function localize() {
  for (const node of view.querySelectorAll('[data-deliveries-text]')) {
    node.textContent = text[node.dataset.deliveriesText];
  }
}

/** The log belongs to the session: signing out takes it off the page. */
function followSession() {
  view.hidden = session.hidden;
  if (session.hidden) {
    rows.replaceChildren();
    summary.textContent = '';
    errorLine.textContent = '';
  } else void load();
}

localize();
$('deliveries-refresh').addEventListener('click', () => void load());
new MutationObserver(followSession).observe(session, { attributeFilter: ['hidden'] });
if (!session.hidden) followSession();
