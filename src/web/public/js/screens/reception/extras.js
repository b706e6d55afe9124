import { html } from '../../html.js';
import { t } from '../../i18n.js';

/**
 * What the desk hands the customer besides the sample code: labels to stick
 * on the pairs and specimens.
 */
export function ReceptionExtras({ sample }) {
  // TODO: link the labels PDF once reception serves it over HTTP.
  return html`<p class="hint">${t('labels.pending', { code: sample.code })}</p>`;
}
