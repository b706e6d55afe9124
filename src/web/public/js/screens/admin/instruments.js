import { api } from '../../api.js';
import { bind, Field, FormError, Loaded, submitWith, useAction, useLoad } from '../../components.js';
import { html, useState } from '../../html.js';
import { formatDate, pick, t } from '../../i18n.js';
import { LinkBadge } from '../bench/live-instrument.js';

function CalibrationForm({ instrument, onDone }) {
  const [values, setValues] = useState({ certificateNumber: '', provider: '', calibratedOn: '', dueOn: '' });
  const save = useAction(() => api('POST', `/api/instruments/${instrument.id}/calibrations`, values), onDone);
  const names = Object.keys(values);
  return html`
    <form class="inline-form" onSubmit=${submitWith(save.run)} aria-label=${t('admin.recordCalibration')}>
      ${names.map((name) => html`
        <${Field} label=${t(`admin.${name}`)} name=${name} error=${save.error}>
          <input type=${name.endsWith('On') ? 'date' : 'text'} ...${bind(values, setValues, name)} />
        </${Field}>`)}
      <${FormError} error=${save.error} fields=${names} />
      <button type="submit" disabled=${save.busy}>${t('admin.recordCalibration')}</button>
    </form>`;
}

function RegisterInstrument({ onDone }) {
  const [values, setValues] = useState({ code: '', name: '', driver: '', port: '', location: '' });
  const body = () => Object.fromEntries(Object.entries(values).filter(([k, v]) => v.trim() || ['code', 'name', 'driver'].includes(k)));
  const save = useAction(() => api('POST', '/api/instruments', body()), onDone);
  const names = Object.keys(values);
  return html`
    <form class="card" onSubmit=${submitWith(save.run)} aria-labelledby="register-title">
      <h3 id="register-title">${t('admin.registerInstrument')}</h3>
      <div class="row wrap">${names.map((name) => html`
        <${Field} label=${t(`admin.${name}`)} name=${name} error=${save.error}><input ...${bind(values, setValues, name)} /></${Field}>`)}
      </div>
      <${FormError} error=${save.error} fields=${names} />
      <button type="submit" disabled=${save.busy}>${t('admin.register')}</button>
    </form>`;
}

/** Instruments with their driver, port, link state and calibration; new certificates are recorded here. */
export function InstrumentsPanel() {
  const list = useLoad(() => api('GET', '/api/instruments'));
  const [open, setOpen] = useState(null);
  return html`
    <section class="card" aria-labelledby="instruments-title">
      <h2 id="instruments-title">${t('admin.instruments')}</h2>
      <${Loaded} state=${list}>${(rows) => html`
        <table class="data">
          <thead><tr><th>${t('admin.code')}</th><th>${t('admin.name')}</th><th>${t('admin.driver')}</th><th>${t('admin.port')}</th><th>${t('live.title')}</th><th>${t('calibration.title')}</th><th></th></tr></thead>
          <tbody>${rows.map((i) => html`
            <tr>
              <td class="code">${i.code}</td><td>${i.name}</td><td><code>${i.driver}</code></td><td><code>${i.port ?? '–'}</code></td>
              <td><${LinkBadge} state=${i.link?.state ?? 'closed'} detail=${i.link?.detail} /></td>
              <td class=${i.calibration.usable ? 'ok' : 'bad'}>${i.calibration.usable
                ? `${i.calibration.certificateNumber} · ${t('calibration.validUntil', { date: formatDate(i.calibration.dueOn) })}` : pick(i.calibration.reason)}</td>
              <td><button type="button" class="link-button" onClick=${() => setOpen(open === i.id ? null : i.id)}>${t('admin.recordCalibration')}</button></td>
            </tr>
            ${open === i.id ? html`<tr><td colspan="7"><${CalibrationForm} instrument=${i} onDone=${() => { setOpen(null); list.reload(); }} /></td></tr>` : null}`)}
          </tbody>
        </table>`}
      </${Loaded}>
      <${RegisterInstrument} onDone=${list.reload} />
    </section>`;
}
