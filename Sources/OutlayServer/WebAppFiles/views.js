// Renders what the server and the outbox hold. Every text a person wrote goes in as text (a text node),
// never as markup: a description of "<img src=x onerror=…>" shows as those characters.

import { formatMoney } from './money.js';

/** An element with attributes (`on…` are listeners) and children (strings become text). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (name === 'class') node.className = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

export function money(text, currency) {
  const negative = String(text).startsWith('-');
  return el('span', { class: `money ${negative ? 'minus' : 'plus'}` }, formatMoney(text, currency));
}

/** The sign as the account sees it: spending minus, income and refunds plus. */
export function signed(entry) {
  const amount = String(entry.amount).replace(/^-/, '');
  return kindOf(entry) === 'expense' ? `-${amount}` : amount;
}

/** expense, income or refund: the API shows a refund as an expense of a negative amount; the outbox says `refund`. */
export function kindOf(entry) {
  if (entry.type === 'INCOME') return 'income';
  return entry.refund || String(entry.amount).startsWith('-') ? 'refund' : 'expense';
}

function replaceAll(list, items, empty) {
  list.replaceChildren(...(items.length ? items : [el('li', { class: 'empty' }, empty)]));
}

/**
 * The last entries: those waiting on this device first, then the server's. `actions` gives each its buttons.
 */
export function renderEntries(list, { waiting, entries, currency, actions }) {
  const rows = [
    ...waiting.map((item) => el('li', { 'data-id': item.body.id, class: 'entry waiting-entry' },
      el('span', { class: 'what' }, item.body.description,
        el('small', {}, `${item.body.category || 'no category'} · ${item.body.date} · `,
          el('span', { class: 'waiting' }, item.problem ? `not sent: ${item.problem}` : 'waiting to be sent'))),
      money(signed(item.body), currency),
      el('span', { class: 'row-actions' }, ...actions(item, true)))),
    ...entries.map((entry) => el('li', { 'data-id': entry.id, class: 'entry' },
      el('span', { class: 'what' }, entry.description,
        el('small', {}, `${entry.category}${kindOf(entry) === 'refund' ? ' · refund' : ''} · ${entry.date}${entry.account ? ` · ${entry.account}` : ''}`)),
      money(signed(entry), entry.currency || currency),
      el('span', { class: 'row-actions' }, ...actions(entry, false)))),
  ];
  replaceAll(list, rows, 'Nothing yet: what you add shows here.');
}

export function renderAccounts(list, data) {
  const rows = (data?.accounts ?? []).filter((account) => !account.closed).map((account) => el('li', {},
    el('span', { class: 'what' }, account.name, el('small', {}, account.type)),
    money(account.balance, account.currency || data.currency)));
  if (rows.length > 1) rows.push(el('li', {}, el('span', { class: 'what' }, 'Net worth'), money(data.netWorth, data.currency)));
  replaceAll(list, rows, 'No accounts yet.');
}

export function renderBudgets(list, data, currency) {
  const rows = (data?.budgets ?? []).map((budget) => {
    const name = budget.category ?? 'All spending';
    const bar = el('progress', { max: budget.limit ?? budget.amount, value: budget.spent, class: budget.level, 'aria-label': `${name}: ${budget.percent ?? '0'}% used` });
    return el('li', {},
      el('span', { class: 'what' }, name, el('small', {}, `${budget.period} · ${budget.percent ?? '0'}% used${budget.level === 'exceeded' ? ' · over' : ''}`)),
      el('span', { class: 'money' }, `${formatMoney(budget.spent, currency)} of ${formatMoney(budget.limit ?? budget.amount, currency)}`),
      el('span', { class: 'budget' }, bar));
  });
  replaceAll(list, rows, 'No budgets yet.');
}

export function renderAlerts(list, data, markRead) {
  const rows = (data?.notifications ?? []).map((alert) => el('li', {},
    el('span', { class: 'what' }, alert.message, el('small', {}, alert.createdAt.slice(0, 10))),
    el('button', { type: 'button', onclick: () => markRead(alert.id) }, 'Mark read')));
  replaceAll(list, rows, 'No unread alerts.');
}
