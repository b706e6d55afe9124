import { api } from '../../api.js';
import { Field } from '../../components.js';
import { html, useEffect, useState } from '../../html.js';
import { t } from '../../i18n.js';
import { loadReceptionOptions } from './catalogue.js';

/** Finds a returning customer by part of the name, or takes a new one's name and kind. */
export function CustomerPicker({ value, onChange, error }) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState([]);
  const [kinds, setKinds] = useState([]);
  useEffect(() => {
    loadReceptionOptions().then((options) => setKinds(options.customerKinds), () => setKinds([]));
  }, []);
  useEffect(() => {
    const timer = setTimeout(() => {
      api('GET', `/api/customers?q=${encodeURIComponent(query)}`).then(setFound, () => setFound([]));
    }, 150);
    return () => clearTimeout(timer);
  }, [query]);

  const isNew = value && !('id' in value);
  return html`
    <fieldset>
      <legend>${t('reception.customer')}</legend>
      <${Field} label=${t('reception.customerSearch')} name="customer-search">
        <input value=${query} onInput=${(e) => setQuery(e.currentTarget.value)} placeholder=${t('reception.customerSearchHint')} />
      </${Field}>
      <div class="choice-list" role="radiogroup" aria-label=${t('reception.customer')}>
        ${found.map((customer) => html`
          <label class="choice">
            <input type="radio" name="customer" checked=${value?.id === customer.id} onChange=${() => onChange({ id: customer.id, name: customer.name })} />
            ${customer.name} <small>${customer.address ?? ''}</small>
          </label>`)}
        <label class="choice">
          <input type="radio" name="customer" checked=${isNew} onChange=${() => onChange({ name: query, kind: 'ikm' })} />
          ${t('reception.newCustomer')}
        </label>
      </div>
      ${isNew ? html`
        <div class="row">
          <${Field} label=${t('reception.customerName')} name="customer.name" error=${error}>
            <input value=${value.name} onInput=${(e) => onChange({ ...value, name: e.currentTarget.value })} required />
          </${Field}>
          <${Field} label=${t('reception.customerKind')} name="customer.kind" error=${error}>
            <select value=${value.kind} onChange=${(e) => onChange({ ...value, kind: e.currentTarget.value })}>
              ${kinds.map((kind) => html`<option value=${kind}>${t(`customerKind.${kind}`)}</option>`)}
            </select>
          </${Field}>
        </div>` : null}
    </fieldset>`;
}
