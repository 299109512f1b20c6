// The server's API, as the app's own page calls it. The session is an HttpOnly cookie this script never
// sees; X-Outlay-App tells the server the request comes from this page (a header another site cannot send).

export class APIError extends Error {
  constructor(status, message, field) {
    super(message);
    this.status = status;
    this.field = field;
  }
}

/** The network is not there (or the server is not): what was asked can wait. */
export class Unreachable extends Error {}

export async function call(method, path, body) {
  const headers = { 'X-Outlay-App': '1', Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method, headers, credentials: 'same-origin', cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new Unreachable('no connection');
  }
  const text = await response.text();
  let data = null;
  try { data = text ? exactJSON(text) : null; } catch { data = null; }
  if (!response.ok) {
    if (response.status >= 502 && response.status <= 504 && !data) throw new Unreachable(`HTTP ${response.status}`);
    throw new APIError(response.status, data?.error ?? `the server answered HTTP ${response.status}`, data?.field);
  }
  return data;
}

/** JSON whose numbers stay the text the server wrote: money is never turned into a binary fraction here. */
export function exactJSON(text) {
  return JSON.parse(text, (key, value, context) => (typeof value === 'number' ? (context?.source ?? String(value)) : value));
}
