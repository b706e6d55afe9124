import { api } from '../../api.js';
import { FormError, StatusPill, useAction } from '../../components.js';
import { html, useState } from '../../html.js';
import { formatRupiah, pick, t } from '../../i18n.js';
import { methodTitle } from '../../methods.js';
import { hasRole } from '../../roles.js';

function AssignCell({ parameter, analysts, onDone }) {
  const [analystId, setAnalystId] = useState(String(parameter.analyst_id ?? ''));
  const assign = useAction(() => api('POST', `/api/parameters/${parameter.id}/assign`, { analystId: Number(analystId) }), onDone);
  return html`
    <div class="inline-form">
      <select aria-label=${t('parameter.analyst')} value=${analystId} onChange=${(e) => setAnalystId(e.currentTarget.value)}>
        <option value="">–</option>
        ${analysts.map((a) => html`<option value=${a.id}>${a.full_name}</option>`)}
      </select>
      <button type="button" onClick=${() => assign.run()} disabled=${!analystId || assign.busy}>${t('parameter.assign')}</button>
      <${FormError} error=${assign.error} />
    </div>`;
}

/** Renders the requested parameters of a sample, where a supervisor assigns each to an analyst. */
export function ParameterTable({ sample, methods, catalogue, analysts, user, onChange }) {
  const specificationTitle = (p) => pick(catalogue.specificationsByMethod[p.method_id]?.find((s) => s.id === p.specification_id)?.title) || p.specification_id || '–';
  const canAssign = hasRole(user, 'supervisor', 'technical_manager');
  const nameOf = (id) => analysts.find((a) => a.id === id)?.full_name ?? '–';
  return html`
    <table class="data">
      <thead><tr>
        <th>${t('parameter.method')}</th><th>${t('parameter.specification')}</th>
        <th>${t('parameter.status')}</th><th>${t('parameter.analyst')}</th><th class="number">${t('parameter.fee')}</th>
      </tr></thead>
      <tbody>
        ${sample.parameters.map((p) => html`
          <tr>
            <td>${methodTitle(methods, p.method_id)}</td>
            <td>${specificationTitle(p)}</td>
            <td><${StatusPill} status=${p.status} /></td>
            <td>${canAssign && ['awaiting_payment', 'ready'].includes(p.status)
              ? html`<${AssignCell} parameter=${p} analysts=${analysts} onDone=${onChange} />`
              : nameOf(p.analyst_id)}</td>
            <td class="number">${p.fee === null ? '–' : formatRupiah(p.fee)}</td>
          </tr>`)}
      </tbody>
    </table>`;
}
