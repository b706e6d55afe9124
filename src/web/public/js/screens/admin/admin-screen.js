import { html } from '../../html.js';
import { t } from '../../i18n.js';
import { InstrumentsPanel } from './instruments.js';
import { UsersPanel } from './users.js';

/** Instruments and calibrations, users and roles. */
export function AdminScreen() {
  // TODO: authorisations, tariffs and the calendar once their routes exist.
  return html`
    <h1>${t('nav.admin')}</h1>
    <${InstrumentsPanel} />
    <${UsersPanel} />`;
}
