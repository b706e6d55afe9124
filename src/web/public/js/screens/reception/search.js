import { html } from '../../html.js';
import { t } from '../../i18n.js';

/** Finding a request by sample code, customer or date. */
export function SearchScreen() {
  // TODO: search once reception serves a request search route.
  return html`<h1>${t('nav.search')}</h1><p>${t('search.pending')}</p>`;
}
