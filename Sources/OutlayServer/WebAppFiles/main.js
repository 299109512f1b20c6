// The pocket companion: quick add first, the last entries, this month. Works offline: entries wait in the
// outbox and the last view is kept on the device.

import { APIError, Unreachable, call } from './api.js';
import { example, formatMoney, parseAmount, typedForm } from './money.js';
import * as outbox from './outbox.js';
import { el, kindOf, renderAccounts, renderAlerts, renderBudgets, renderEntries } from './views.js';

const $ = (id) => document.getElementById(id);
const form = $('entry-form');
let user = null;
let view = { entries: [], accounts: null, budgets: null, alerts: null, totals: null, categories: [] };
let editing = null; // { id, waiting, original }: the entry in the form, and what it held when opened
let categoryTouched = false;
let confirming = null; // the id of the entry whose Delete was pressed once
let online = true;

// A few regions' currencies, to suggest one when registering (the server takes any ISO 4217 code).
const regionCurrency = { US: 'USD', GB: 'GBP', CH: 'CHF', JP: 'JPY', CA: 'CAD', AU: 'AUD', NZ: 'NZD', IN: 'INR', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK', BR: 'BRL', MX: 'MXN' };
const euro = ['AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK'];

function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function say(id, text, error = false) {
  $(id).textContent = text;
  $(id).classList.toggle('error', error);
}

function showNetwork() {
  const count = outbox.waiting().length;
  const waiting = count ? `${count} waiting to be sent` : '';
  $('network').textContent = online ? waiting : `Offline${count ? ` · ${waiting}` : ''}`;
}

function cacheKey() { return `outlay.view.${user.id}`; }

// MARK: Signing in

async function start() {
  navigator.serviceWorker?.register('/sw.js', { scope: '/' }).catch(() => {});
  try {
    const session = await call('GET', '/app/session');
    online = true;
    if (session.signedIn) return enter(session.user);
    return showSignIn(session.registration);
  } catch (error) {
    if (!(error instanceof Unreachable)) throw error;
    online = false;
    const known = JSON.parse(localStorage.getItem('outlay.user') || 'null');
    return known ? enter(known) : showSignIn('closed', 'You are offline: sign in once online, then Outlay works offline too.');
  }
}

function showSignIn(registration, message = '') {
  user = null;
  $('loading').hidden = true;
  $('app').hidden = true;
  $('sign-out').hidden = true;
  $('signin').hidden = false;
  $('register-button').hidden = registration === 'closed';
  $('signin').dataset.registration = registration;
  say('signin-message', message, Boolean(message));
  showNetwork();
  $('email').focus();
}

async function signIn(path, body) {
  say('signin-message', '');
  try {
    const answer = await call('POST', path, body);
    $('password').value = '';
    enter(answer.user);
  } catch (error) {
    say('signin-message', error instanceof Unreachable ? 'You are offline: try again once connected.' : error.message, true);
  }
}

$('signin-form').addEventListener('submit', (event) => {
  event.preventDefault();
  signIn('/app/session', { email: $('email').value.trim(), password: $('password').value });
});

$('register-button').addEventListener('click', () => {
  const row = $('invite-row');
  if (row.dataset.open !== 'yes') {
    // The first press shows what registering asks for; the second makes the account.
    row.dataset.open = 'yes';
    row.hidden = false;
    row.querySelectorAll('[data-invite]').forEach((node) => { node.hidden = $('signin').dataset.registration !== 'invite'; });
    $('register-button').textContent = 'Create account';
    $('signin-title').textContent = 'Register';
    const region = (navigator.language.split('-')[1] || '').toUpperCase();
    $('currency').value ||= regionCurrency[region] ?? (euro.includes(region) ? 'EUR' : 'USD');
    $('currency').focus();
    return;
  }
  const email = $('email').value.trim();
  signIn('/app/account', {
    username: email, email, password: $('password').value,
    currency: $('currency').value.trim().toUpperCase() || undefined,
    inviteCode: $('signin').dataset.registration === 'invite' ? $('invite').value.trim() : undefined,
  });
});

$('sign-out').addEventListener('click', async () => {
  try {
    await call('DELETE', '/app/session');
  } catch (error) {
    return say('entry-message', error instanceof Unreachable ? 'You are offline: sign out once connected.' : error.message, true);
  }
  localStorage.removeItem(cacheKey());
  localStorage.removeItem('outlay.user');
  showSignIn($('signin').dataset.registration || 'open');
});

// MARK: The app

function enter(signedIn) {
  user = signedIn;
  localStorage.setItem('outlay.user', JSON.stringify(user));
  outbox.useAccount(user.id);
  view = { ...view, ...JSON.parse(localStorage.getItem(cacheKey()) || '{}') };
  $('loading').hidden = true;
  $('signin').hidden = true;
  $('app').hidden = false;
  $('sign-out').hidden = false;
  $('amount-hint').textContent = `in ${user.currency}, e.g. ${example(user.currency)}`;
  resetForm();
  render();
  $('amount').focus();
  flush();
}

function render() {
  const currency = user.currency;
  renderEntries($('entries'), {
    waiting: outbox.waiting(), entries: view.entries, currency,
    actions: (entry, waiting) => [
      el('button', { type: 'button', onclick: () => edit(entry, waiting), 'aria-label': `Edit ${waiting ? entry.body.description : entry.description}` }, 'Edit'),
      el('button', { type: 'button', onclick: () => remove(entry, waiting), 'aria-label': `Delete ${waiting ? entry.body.description : entry.description}` },
        confirming === (waiting ? entry.body.id : entry.id) ? 'Confirm delete' : 'Delete'),
    ],
  });
  renderAccounts($('accounts'), view.accounts);
  renderBudgets($('budgets'), view.budgets, currency);
  renderAlerts($('alerts'), view.alerts, markRead);
  const totals = view.totals;
  $('month-totals').textContent = totals ? `Spent ${totals.spent} · received ${totals.received} · ${totals.count} entries` : '';
  fillChoices();
  showNetwork();
}

function fillChoices() {
  const kind = form.elements.kind.value === 'income' ? 'INCOME' : 'EXPENSE';
  $('categories').replaceChildren(...view.categories.filter((c) => c.type === kind).map((c) => el('option', { value: c.name })));
  const select = $('account');
  const chosen = select.value || localStorage.getItem('outlay.account') || '';
  const names = (view.accounts?.accounts ?? []).filter((a) => !a.closed).map((a) => a.name);
  select.replaceChildren(el('option', { value: '' }, 'Default account'), ...names.map((name) => el('option', { value: name }, name)));
  select.value = names.includes(chosen) ? chosen : '';
}

/** Reads everything the page shows; keeps it for opening offline. */
async function refresh() {
  if (!user) return;
  const month = today().slice(0, 7);
  const last = new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0).getDate();
  try {
    const [entries, monthList, accounts, budgets, alerts, categories] = await Promise.all([
      call('GET', '/api/expenses?limit=10'),
      call('GET', `/api/expenses?startDate=${month}-01&endDate=${month}-${last}&limit=1`),
      call('GET', '/api/accounts'), call('GET', '/api/budgets'),
      call('GET', '/api/notifications?unreadOnly=true&limit=5'), call('GET', '/api/categories'),
    ]);
    const summary = monthList.summary;
    view = {
      entries: entries.expenses.filter((e) => e.type !== 'TRANSFER'), accounts, budgets, alerts, categories: categories.categories,
      totals: { spent: formatMoney(summary.totalExpenses, user.currency), received: formatMoney(summary.totalIncome, user.currency), count: summary.count },
    };
    localStorage.setItem(cacheKey(), JSON.stringify(view));
    online = true;
  } catch (error) {
    handle(error);
  }
  render();
}

function handle(error) {
  if (error instanceof Unreachable) {
    online = false;
  } else if (error instanceof APIError && error.status === 401) {
    showSignIn($('signin').dataset.registration || 'open', 'Your session has ended: sign in again. Entries waiting on this device are kept.');
  } else {
    say('entry-message', error.message, true);
  }
  showNetwork();
}

/** Sends what waits, then reads the page again. */
async function flush({ announce = true } = {}) {
  const before = outbox.waiting().length;
  try {
    await outbox.send(render);
    online = true;
    // Entries that waited (offline, or from before the page opened) say they left; a fresh save says "Saved." itself.
    const sent = before - outbox.waiting().length;
    if (announce && sent > 0) say('entry-message', `Back online: sent ${sent} ${sent === 1 ? 'entry' : 'entries'} that waited.`);
  } catch (error) {
    handle(error);
  }
  await refresh();
}

// MARK: Adding and editing

function resetForm() {
  editing = null;
  categoryTouched = false;
  form.elements.amount.value = '';
  form.elements.description.value = '';
  form.elements.category.value = '';
  form.elements.date.value = today();
  $('suggestion').textContent = '';
  $('save').textContent = 'Save';
  $('cancel-edit').hidden = true;
  $('add-title').textContent = 'Quick add';
}

function edit(entry, waiting) {
  const body = waiting ? entry.body : entry;
  editing = { id: body.id, waiting };
  const kind = kindOf(body);
  form.elements.kind.value = kind;
  form.elements.amount.value = typedForm(body.amount);
  form.elements.description.value = body.description;
  form.elements.category.value = body.category ?? '';
  form.elements.date.value = body.date;
  fillChoices();
  form.elements.account.value = body.account ?? '';
  categoryTouched = true;
  editing.original = readForm().body ?? {};
  $('add-title').textContent = 'Edit entry';
  $('save').textContent = 'Save changes';
  $('cancel-edit').hidden = false;
  say('entry-message', '');
  $('amount').focus();
}

$('cancel-edit').addEventListener('click', () => { resetForm(); say('entry-message', ''); });

/** The entry the form holds, as the API takes it, or the reason it cannot be one (and the field to fix). */
function readForm() {
  const typed = form.elements.amount.value;
  const amount = parseAmount(typed, user.currency);
  if (!amount) return { problem: `'${typed.trim()}' is not an amount above zero: write it like ${example(user.currency)}`, field: 'amount' };
  const description = form.elements.description.value.trim();
  if (!description) return { problem: 'A description is needed (what was it?)', field: 'description' };
  const kind = form.elements.kind.value;
  return {
    body: {
      type: kind === 'income' ? 'INCOME' : 'EXPENSE', refund: kind === 'refund', amount, description,
      category: form.elements.category.value.trim() || undefined, date: form.elements.date.value || today(),
      account: form.elements.account.value || undefined,
    },
  };
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const { body, problem, field } = readForm();
  if (problem) {
    say('entry-message', problem, true);
    return $(field).focus();
  }
  localStorage.setItem('outlay.account', body.account ?? '');
  if (editing && !editing.waiting) {
    // Only the fields changed here are sent: a field another device changed meanwhile keeps its change (sync merges field by field).
    const changes = Object.fromEntries(Object.entries(body).filter(([key, value]) => value !== editing.original[key]));
    if ('account' in changes) changes.account ??= null;
    if (!Object.keys(changes).length) {
      resetForm();
      return say('entry-message', 'Nothing was changed.');
    }
    try {
      await call('PUT', `/api/expenses/${editing.id}`, changes);
      resetForm();
      say('entry-message', 'Changed.');
      await refresh();
    } catch (error) {
      if (error instanceof Unreachable) say('entry-message', 'You are offline: the change is not saved yet. Save again once connected.', true);
      else handle(error);
    }
    return;
  }
  if (editing) outbox.replace(editing.id, body);
  else outbox.keep(body);
  resetForm();
  say('entry-message', online ? 'Saved.' : 'Kept on this device: it is sent when you are back online.');
  render();
  $('amount').focus();
  await flush({ announce: false });
  if (outbox.waiting().length && !online) say('entry-message', 'Kept on this device: it is sent when you are back online.');
});

async function remove(entry, waiting) {
  // The first press asks to confirm; kept here, not in the button, so a list drawn again meanwhile still asks once.
  const id = waiting ? entry.body.id : entry.id;
  if (confirming !== id) {
    confirming = id;
    render();
    // The list was drawn again: the keyboard stays on the button, which now says "Confirm delete".
    return document.querySelector(`#entries li[data-id="${id}"] button[aria-label^="Delete"]`)?.focus();
  }
  confirming = null;
  if (waiting) {
    outbox.discard(entry.body.id);
    return render();
  }
  try {
    await call('DELETE', `/api/expenses/${entry.id}`);
    say('entry-message', 'Deleted.');
    await refresh();
  } catch (error) {
    if (error instanceof Unreachable) say('entry-message', 'You are offline: delete again once connected.', true);
    else handle(error);
  }
}

async function markRead(id) {
  try {
    await call('PUT', `/api/notifications/${id}/read`);
    await refresh();
  } catch (error) {
    handle(error);
  }
}

// The category the history suggests for the description, unless one was chosen by hand.
let suggestionTimer = 0;
form.elements.description.addEventListener('input', () => {
  clearTimeout(suggestionTimer);
  suggestionTimer = setTimeout(async () => {
    const description = form.elements.description.value.trim();
    if (categoryTouched || description.length < 2 || !online) return;
    const type = form.elements.kind.value === 'income' ? 'INCOME' : 'EXPENSE';
    try {
      const { suggestion } = await call('GET', `/api/categories/suggest?type=${type}&description=${encodeURIComponent(description)}`);
      if (categoryTouched || form.elements.description.value.trim() !== description) return;
      form.elements.category.value = suggestion?.category ?? '';
      $('suggestion').textContent = suggestion ? `Suggested: ${suggestion.count} earlier like “${suggestion.example}”` : '';
    } catch (error) {
      if (!(error instanceof Unreachable)) handle(error);
    }
  }, 250);
});
form.elements.category.addEventListener('input', () => { categoryTouched = form.elements.category.value !== ''; $('suggestion').textContent = ''; });
form.querySelectorAll('input[name="kind"]').forEach((radio) => radio.addEventListener('change', fillChoices));

addEventListener('online', () => { online = true; if (user) flush(); });
addEventListener('offline', () => { online = false; showNetwork(); });
setInterval(() => { if (user && outbox.waiting().some((item) => !item.problem)) flush(); }, 20000);

start();
