import { html } from '../../html.js';
import { t } from '../../i18n.js';
import { AuthorisationsPanel } from './authorisations.js';
import { InstrumentsPanel } from './instruments.js';
import { CalendarPanel, TariffsPanel } from './reference-tables.js';
import { UsersPanel } from './users.js';

/** Renders instruments and calibrations, users, authorisations, tariffs and the calendar. */
export function AdminScreen() {
  // TODO: forms for new tariff rows and calendar days; both are read-only here.
  return html`
    <h1>${t('nav.admin')}</h1>
    <${InstrumentsPanel} />
    <${UsersPanel} />
    <${AuthorisationsPanel} />
    <${TariffsPanel} />
    <${CalendarPanel} />`;
}
