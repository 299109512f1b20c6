// Entries waiting to reach the server, kept on this device (localStorage) until it has them.
// Each gets its id here, before the first try: when an answer is lost and the entry is sent again,
// the server knows the id (409) and nothing is added twice.

import { APIError, call } from './api.js';

let key = 'outlay.outbox';
let sending = null;

/** Entries are kept per account: signing out and in as someone else never sends one into the wrong books. */
export function useAccount(userID) { key = `outlay.outbox.${userID}`; }

export function waiting() {
  try { return JSON.parse(localStorage.getItem(key) || '[]'); } catch { return []; }
}

function save(list) { localStorage.setItem(key, JSON.stringify(list)); }

/** Keeps a new entry (its body for POST /api/expenses) and gives it its id. */
export function keep(body) {
  const entry = { ...body, id: crypto.randomUUID() };
  save([...waiting(), { body: entry, problem: null }]);
  return entry;
}

/** A waiting entry changed by the person (after the server refused it, or before it left): tried again. */
export function replace(id, body) {
  save(waiting().map((item) => (item.body.id === id ? { body: { ...body, id }, problem: null } : item)));
}

export function discard(id) { save(waiting().filter((item) => item.body.id !== id)); }

function markProblem(id, problem) {
  save(waiting().map((item) => (item.body.id === id ? { ...item, problem } : item)));
}

/**
 * Sends what waits, oldest first, one at a time; stops at the first failure of the connection (the rest
 * waits for the next try). An entry the server refuses for what it says stays, with the reason, for the
 * person to change or discard: nothing typed is dropped. `changed` is called after each step.
 */
export function send(changed) {
  // `.finally` runs after the assignment, even when there is nothing to send.
  sending ??= sendAll(changed).finally(() => { sending = null; });
  return sending;
}

async function sendAll(changed) {
  for (const item of waiting()) {
    if (item.problem) continue;
    try {
      await call('POST', '/api/expenses', item.body);
      discard(item.body.id);
    } catch (error) {
      if (error instanceof APIError && error.status === 409 && error.field === 'id') discard(item.body.id);
      else if (error instanceof APIError && (error.status === 400 || error.status === 409)) markProblem(item.body.id, error.message);
      else throw error;
    } finally {
      changed();
    }
  }
}
