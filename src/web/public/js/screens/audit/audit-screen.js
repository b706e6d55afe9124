import { html, useState } from '../../html.js';
import { t } from '../../i18n.js';
import { go } from '../../router.js';
import { ChainCard } from './chain-status.js';

/** Renders the auditor's start: the trace search, the chain status and the exports. */
export function AuditScreen() {
  const [code, setCode] = useState('');
  const open = (event) => {
    event.preventDefault();
    if (code.trim()) go(`audit/trace/${encodeURIComponent(code.trim().toUpperCase())}`);
  };
  return html`
    <h1>${t('nav.audit')}</h1>
    <div class="columns">
      <form class="card" onSubmit=${open} aria-labelledby="trace-title">
        <h2 id="trace-title">${t('audit.traceTitle')}</h2>
        <label class="field">
          <span class="field-label">${t('audit.sampleCode')}</span>
          <input name="code" value=${code} onInput=${(e) => setCode(e.currentTarget.value)} placeholder="JU-2026-SP-00001" />
          <small class="hint">${t('audit.traceHint')}</small>
        </label>
        <button type="submit" class="primary">${t('audit.openTrace')}</button>
      </form>
      <${ChainCard} />
    </div>
    <section class="card" aria-labelledby="export-title">
      <h2 id="export-title">${t('audit.exports')}</h2>
      <ul class="plain">
        <li><a href="/api/audit/events.csv" download>${t('audit.eventsCsv')}</a></li>
      </ul>
    </section>`;
}
