import { api } from '../../api.js';
import { bind, Field, FormError, Notice, submitWith, useAction } from '../../components.js';
import { html, useState } from '../../html.js';
import { t } from '../../i18n.js';

/** `YYYY-MM-DDTHH:mm` in the browser's time zone, as a datetime-local input shows it. */
const localInputValue = (date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/**
 * Records when specimens entered the conditioning room, and the room's
 * atmosphere when they leave it. `record` is the sample's latest
 * conditioning record, or null before the first.
 */
export function ConditioningForm({ sampleId, record, onChange }) {
  const [recordId, setRecordId] = useState(record && !record.finished_at ? String(record.id) : null);
  const [finished, setFinished] = useState(Boolean(record?.finished_at));
  const [start, setStart] = useState({ location: '', startedAt: localInputValue(new Date()) });
  const [finish, setFinish] = useState({ temperatureC: '', humidityPct: '' });
  const begin = useAction(
    () => api('POST', `/api/samples/${sampleId}/conditioning`, { location: start.location, startedAt: new Date(start.startedAt).toISOString() }),
    (started) => {
      setRecordId(String(started.id));
      onChange?.();
    },
  );
  const end = useAction(() => api('POST', `/api/conditioning/${recordId}/finish`, finish), () => {
    setFinished(true);
    onChange?.();
  });

  if (!recordId && !finished) {
    return html`
      <form class="card" onSubmit=${submitWith(begin.run)} aria-labelledby="conditioning-title">
        <h2 id="conditioning-title">${t('conditioning.title')}</h2>
        <div class="row">
          <${Field} label=${t('conditioning.location')} name="location" error=${begin.error}><input ...${bind(start, setStart, 'location')} /></${Field}>
          <${Field} label=${t('conditioning.startedAt')} name="startedAt" error=${begin.error}><input type="datetime-local" ...${bind(start, setStart, 'startedAt')} /></${Field}>
        </div>
        <${FormError} error=${begin.error} fields=${['location', 'startedAt']} />
        <button type="submit" class="primary" disabled=${begin.busy}>${t('conditioning.start')}</button>
      </form>`;
  }
  return html`
    <form class="card" onSubmit=${submitWith(end.run)} aria-labelledby="conditioning-title">
      <h2 id="conditioning-title">${t('conditioning.title')}</h2>
      ${finished ? html`<${Notice} kind="ok">${t('conditioning.finished')}</${Notice}>` : html`
        <p>${t('conditioning.running')}</p>
        <div class="row">
          <${Field} label=${t('conditioning.temperature')} name="temperatureC" error=${end.error}><input inputmode="decimal" ...${bind(finish, setFinish, 'temperatureC')} /></${Field}>
          <${Field} label=${t('conditioning.humidity')} name="humidityPct" error=${end.error}><input inputmode="decimal" ...${bind(finish, setFinish, 'humidityPct')} /></${Field}>
        </div>
        <${FormError} error=${end.error} fields=${['temperatureC', 'humidityPct']} />
        <button type="submit" disabled=${end.busy}>${t('conditioning.finish')}</button>`}
    </form>`;
}
