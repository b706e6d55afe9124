import { api } from '../../api.js';
import { bind, Field, FormError, submitWith, useAction, useLoad } from '../../components.js';
import { html, useState } from '../../html.js';
import { t } from '../../i18n.js';
import { loadReceptionOptions } from '../reception/catalogue.js';

/** Renders the pickup log entry for a current LHU: who collected it and which identity document they showed. */
export function HandoverForm({ report, onDone }) {
  const [values, setValues] = useState({ recipientName: '', idDocumentType: 'ktp' });
  const save = useAction(() => api('POST', `/api/reports/${report.id}/handovers`, values), onDone);
  const catalogue = useLoad(loadReceptionOptions);
  const documentTypes = catalogue.data?.idDocumentTypes ?? [values.idDocumentType];
  return html`
    <form class="inline-form" onSubmit=${submitWith(save.run)} aria-label=${t('handover.title', { number: report.number })}>
      <${Field} label=${t('handover.recipient')} name="recipientName" error=${save.error}><input ...${bind(values, setValues, 'recipientName')} /></${Field}>
      <${Field} label=${t('handover.document')} name="idDocumentType" error=${save.error}>
        <select ...${bind(values, setValues, 'idDocumentType')}>
          ${documentTypes.map((type) => html`<option value=${type}>${t(`handover.document.${type}`)}</option>`)}
        </select>
      </${Field}>
      <button type="submit" disabled=${save.busy}>${t('handover.record')}</button>
      <${FormError} error=${save.error} fields=${['recipientName', 'idDocumentType']} />
    </form>`;
}
