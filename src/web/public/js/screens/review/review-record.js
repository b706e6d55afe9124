import { api } from '../../api.js';
import { Field, FormError, Loaded, Notice, StatusPill, VerdictPill, useAction, useLoad } from '../../components.js';
import { html, useState } from '../../html.js';
import { formatDate, t } from '../../i18n.js';
import { loadMethods } from '../../methods.js';
import { ReviewEvidence } from './review-evidence.js';

function Decision({ stage, parameterId, onDone }) {
  const [reason, setReason] = useState('');
  const path = `/api/parameters/${parameterId}/${stage === 'validation' ? 'validate' : 'verify'}`;
  const decide = useAction((decision) => api('POST', path, reason.trim() ? { decision, reason } : { decision }), onDone);
  return html`
    <section class="card decision" aria-labelledby="decision-title">
      <h2 id="decision-title">${t(`review.decide.${stage}`)}</h2>
      <${Field} label=${t('review.reason')} name="reason" error=${decide.error} hint=${t('review.reasonHint')}>
        <textarea rows="2" value=${reason} onInput=${(e) => setReason(e.currentTarget.value)}></textarea>
      </${Field}>
      <${FormError} error=${decide.error} fields=${['reason']} />
      <div class="row">
        <button type="button" class="primary" disabled=${decide.busy} onClick=${() => decide.run('approve')}>${t(`review.approve.${stage}`)}</button>
        <button type="button" class="danger" disabled=${decide.busy} onClick=${() => decide.run('return')}>${t('review.return')}</button>
      </div>
    </section>`;
}

function ResultSummary({ result }) {
  if (!result) return html`<p>${t('review.noResult')}</p>`;
  return html`
    <div class="result-line big" data-verdict=${result.verdict ?? 'none'}>
      <span class="result-value">${result.value} ${result.unit}</span>
      ${result.uncertainty ? html`<span class="uncertainty">± ${result.uncertainty} ${result.unit}</span>` : null}
      ${result.requirement ? html`<span>${t('result.requirement')}: ${result.requirement}</span>` : null}
      <${VerdictPill} verdict=${result.verdict} />
    </div>
    <p class="meta">${t('result.method', { method: result.method_id, version: result.method_version })} · ${t('result.calculatedAt', { at: formatDate(result.calculated_at) })}</p>`;
}

/** Renders one result under review: value and verdict beside the raw lines, calibration and conditioning behind it. */
export function ReviewRecordScreen({ params, query }) {
  const stage = params.stage === 'validation' ? 'validation' : 'verification';
  const record = useLoad(async () => {
    const [review, methods] = await Promise.all([api('GET', `/api/parameters/${params.id}/review`), loadMethods()]);
    return { ...review, methods };
  }, [params.id]);
  const [decided, setDecided] = useState(null);
  const requestId = query.get('request');
  return html`<${Loaded} state=${record}>${(data) => html`
    <header class="screen-header">
      <h1>${t(`review.title.${stage}`)}</h1>
      <${StatusPill} status=${decided?.status ?? data.parameter.status} />
    </header>
    <section class="card"><${ResultSummary} result=${data.result} /></section>
    <${ReviewEvidence} record=${data} methods=${data.methods} />
    ${decided ? html`
      <${Notice} kind="ok">${t('review.done', { status: t(`status.${decided.status}`) })}</${Notice}>
      <p>
        <a href=${`#/review/${stage}`}>${t('review.backToQueue')}</a>
        ${requestId ? html` · <a href=${`#/requests/${requestId}`}>${t('review.openRequest')}</a>` : null}
      </p>` : html`<${Decision} stage=${stage} parameterId=${data.parameter.id} onDone=${setDecided} />`}`}
  </${Loaded}>`;
}
