// Small building blocks shared by the screens: fields with their errors,
// status pills and a hook that loads data from the API.
import { errorNames } from './api.js';
import { html, useCallback, useEffect, useState } from './html.js';
import { t } from './i18n.js';

/** Renders a labelled input with the API's message under it when the error names it. */
export function Field({ label, name, error, hint, children }) {
  const own = errorNames(error, name);
  return html`
    <label class=${`field${own ? ' has-error' : ''}`}>
      <span class="field-label">${label}</span>
      ${children}
      ${hint && !own ? html`<small class="hint">${hint}</small>` : null}
      ${own ? html`<small class="field-error" role="alert">${error.message}</small>` : null}
    </label>`;
}

/** Renders a form's error when none of its fields shows the message. */
export function FormError({ error, fields = [] }) {
  if (!error) return null;
  if (fields.some((name) => errorNames(error, name))) return null;
  return html`<p class="form-error" role="alert">${error.message}</p>`;
}

export function Notice({ kind = 'info', children }) {
  return html`<p class=${`notice notice-${kind}`} role="status">${children}</p>`;
}

export function StatusPill({ status }) {
  return html`<span class=${`pill pill-${status}`}>${t(`status.${status}`)}</span>`;
}

export function VerdictPill({ verdict }) {
  if (!verdict) return html`<span class="pill">${t('verdict.none')}</span>`;
  return html`<span class=${`pill verdict-${verdict}`}>${t(`verdict.${verdict}`)}</span>`;
}

/** Loads data once (and on `reload`); `data` is undefined while loading. */
export function useLoad(load, deps = []) {
  const [state, setState] = useState({ data: undefined, error: null });
  const reload = useCallback(() => {
    load().then((data) => setState({ data, error: null }), (error) => setState({ data: null, error }));
  }, deps);
  useEffect(reload, [reload]);
  return { ...state, reload };
}

/** Shows a loading line or the load error, else renders the content. */
export function Loaded({ state, children }) {
  if (state.error) return html`<p class="form-error" role="alert">${state.error.message}</p>`;
  if (state.data === undefined) return html`<p class="loading">${t('common.loading')}</p>`;
  return children(state.data);
}

/** Runs an API action for a form: tracks busy and error, calls `done` with the result. */
export function useAction(action, done) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const run = async (...args) => {
    setBusy(true);
    setError(null);
    try {
      const result = await action(...args);
      done?.(result);
      return result;
    } catch (caught) {
      setError(caught);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error, setError };
}

/** Binds a form field's value into a state object. */
export const bind = (values, setValues, name) => ({
  name,
  value: values[name] ?? '',
  onInput: (event) => setValues({ ...values, [name]: event.currentTarget.value }),
});

export function submitWith(run) {
  return (event) => {
    event.preventDefault();
    run();
  };
}
