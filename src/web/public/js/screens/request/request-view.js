import { api } from '../../api.js';
import { loadMethods } from '../../methods.js';
import { Loaded, StatusPill, useLoad } from '../../components.js';
import { html } from '../../html.js';
import { formatDate, t } from '../../i18n.js';
import { hasRole } from '../../roles.js';
import { AcceptanceCheck } from '../reception/acceptance.js';
import { loadReceptionOptions } from '../reception/catalogue.js';
import { PaymentForm } from '../reception/payment.js';
import { LabelPrint, QuotationPanel } from '../reception/extras.js';
import { ParameterTable } from './parameter-table.js';
import { ReportsPanel } from './reports-panel.js';

async function loadRequestPage(id, user) {
  const [request, quotation, methods, catalogue, users] = await Promise.all([
    api('GET', `/api/requests/${id}`),
    api('GET', `/api/requests/${id}/quotation`),
    loadMethods(),
    loadReceptionOptions(),
    hasRole(user, 'supervisor', 'technical_manager', 'admin', 'auditor') ? api('GET', '/api/users') : [],
  ]);
  return { request, quotation, methods, catalogue, analysts: users.filter((u) => u.roles.includes('analyst') && u.active) };
}

function SampleCard({ sample, page, user, reload }) {
  const receiver = hasRole(user, 'receiver');
  return html`
    <section class="card sample-card" aria-label=${sample.code}>
      <header class="card-header">
        <h2><span class="code">${sample.code}</span> ${sample.description}</h2>
        <${StatusPill} status=${sample.status} />
      </header>
      <p class="meta">
        ${[sample.brand, sample.model, sample.size && `${t('sample.size')} ${sample.size}`, sample.colour, sample.material,
          `${t('sample.quantity')}: ${sample.quantity}`].filter(Boolean).join(' · ')}
      </p>
      ${sample.rejection_reason ? html`<p class="form-error">${t('acceptance.rejected')}: ${sample.rejection_reason}</p>` : null}
      ${receiver && sample.status === 'received' ? html`<${AcceptanceCheck} sample=${sample} onDone=${reload} />` : null}
      <${ParameterTable} sample=${sample} methods=${page.methods} catalogue=${page.catalogue} analysts=${page.analysts} user=${user} onChange=${reload} />
      ${receiver && sample.status !== 'rejected' ? html`<${LabelPrint} url=${`/api/samples/${sample.id}/labels.pdf`} title=${t('labels.print')} />` : null}
    </section>`;
}

/** Renders one request with its samples, acceptance, payment, assignment and reports, as the user's roles allow. */
export function RequestScreen({ params, user }) {
  const page = useLoad(() => loadRequestPage(params.id, user), [params.id]);
  return html`<${Loaded} state=${page}>${(data) => {
    const { request } = data;
    const awaitingPayment = request.samples.some((s) => s.parameters.some((p) => p.status === 'awaiting_payment'));
    return html`
      <h1>${t('request.title')} ${request.number}</h1>
      <dl class="facts">
        <dt>${t('reception.customer')}</dt><dd>${request.customer?.name ?? '–'}</dd>
        <dt>${t('request.status')}</dt><dd><${StatusPill} status=${request.status} /></dd>
        <dt>${t('request.receivedAt')}</dt><dd>${formatDate(request.received_at)}</dd>
        <dt>${t('request.dueDate')}</dt><dd class="due-date">${formatDate(request.due_date)}</dd>
        <dt>${t('reception.decisionRule')}</dt><dd>${t(`decisionRule.${request.decision_rule}`)}</dd>
      </dl>
      ${request.samples.map((sample) => html`<${SampleCard} sample=${sample} page=${data} user=${user} reload=${page.reload} />`)}
      <${QuotationPanel} quotation=${data.quotation} />
      ${hasRole(user, 'receiver') && awaitingPayment ? html`
        <section class="card"><${PaymentForm} requestId=${request.id} suggestedAmount=${data.quotation.total} onDone=${page.reload} /></section>` : null}
      ${hasRole(user, 'receiver', 'supervisor', 'technical_manager', 'auditor', 'admin') ? html`
        <${ReportsPanel} request=${request} user=${user} onChange=${page.reload} />` : null}`;
  }}</${Loaded}>`;
}
