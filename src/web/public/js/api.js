// Calls the Jitu API with the session cookie; errors keep the API's code,
// message (already in the user's language) and the field at fault.

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message ?? `HTTP ${status}`);
    this.status = status;
    this.code = body?.error ?? null;
    this.field = body?.field ?? null;
  }
}

let unauthorisedHandler = () => {};

/** Sets what happens when the session has expired (401): the app shows the login screen. */
export function onUnauthorised(handler) {
  unauthorisedHandler = handler;
}

export async function api(method, url, body) {
  const init = { method, credentials: 'same-origin', headers: { accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  const type = response.headers.get('content-type') ?? '';
  const data = type.includes('json') ? await response.json() : null;
  if (response.ok) return data;
  const error = new ApiError(response.status, data);
  if (response.status === 401 && !url.endsWith('/login')) unauthorisedHandler();
  throw error;
}

/** Tells whether an API error names this form field, e.g. `body.samples.0.quantity` for `quantity`. */
export function errorNames(error, name) {
  if (!error?.field) return false;
  const path = error.field.replace(/^(body|querystring|params)\.?/, '');
  return path === name || path.endsWith(`.${name}`);
}

const cached = new Map();

/** Fetches a URL once per page load and shares the result; a failed load is retried on the next call. */
export function getOnce(url) {
  if (!cached.has(url)) {
    cached.set(url, api('GET', url).catch((error) => {
      cached.delete(url);
      throw error;
    }));
  }
  return cached.get(url);
}
