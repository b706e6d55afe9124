import { api } from '../../api.js';
import { Loaded, useLoad } from '../../components.js';
import { html } from '../../html.js';
import { t } from '../../i18n.js';

/** Renders whether the hash chain of the audit trail is intact, and where it first breaks if not. */
export function ChainStatus({ status }) {
  return html`
    <p class=${`chain ${status.intact ? 'ok' : 'bad'}`} role="status" data-intact=${String(status.intact)}>
      ${status.intact
        ? t('audit.intact', { events: status.events })
        : t('audit.broken', { id: status.firstBreak?.eventId ?? '?', reason: status.firstBreak?.reason ?? '?' })}
    </p>`;
}

export function ChainCard() {
  const status = useLoad(() => api('GET', '/api/audit/verify'));
  return html`
    <section class="card" aria-labelledby="chain-title">
      <h2 id="chain-title">${t('audit.chain')}</h2>
      <${Loaded} state=${status}>${(data) => html`<${ChainStatus} status=${data} />`}</${Loaded}>
      <button type="button" onClick=${status.reload}>${t('audit.verifyAgain')}</button>
    </section>`;
}
