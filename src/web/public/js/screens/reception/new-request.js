import { api } from '../../api.js';
import { loadMethods } from '../../methods.js';
import { bind, Field, FormError, Loaded, submitWith, useAction, useLoad } from '../../components.js';
import { html, useState } from '../../html.js';
import { pick, t } from '../../i18n.js';
import { go } from '../../router.js';
import { loadReceptionOptions, specificationCovers, specificationsForMethods } from './catalogue.js';
import { CustomerPicker } from './customer-picker.js';

const SAMPLE_FIELDS = ['description', 'brand', 'model', 'size', 'colour', 'material', 'condition'];
const FORM_FIELDS = [...SAMPLE_FIELDS, 'quantity', 'commodity', 'parameters', 'specificationId', 'customer.name', 'customer.kind'];

/** A specification goes only on the parameters whose method it sets a limit for. */
function parameterOf(catalogue, methodId, specificationId) {
  return specificationId && specificationCovers(catalogue, specificationId, methodId) ? { methodId, specificationId } : { methodId };
}

function requestBody(catalogue, customer, sample, methodIds, specificationId, decisionRule) {
  const optional = Object.fromEntries(SAMPLE_FIELDS.filter((name) => sample[name]?.trim()).map((name) => [name, sample[name].trim()]));
  return {
    customer: customer && 'id' in customer ? { id: customer.id } : customer ?? { name: '', kind: 'ikm' },
    decisionRule,
    samples: [{
      ...optional,
      description: sample.description ?? '',
      commodity: sample.commodity,
      quantity: Number(sample.quantity),
      parameters: methodIds.map((methodId) => parameterOf(catalogue, methodId, specificationId)),
    }],
  };
}

function MethodChoice({ methods, chosen, setChosen, error }) {
  const toggle = (id) => setChosen(chosen.includes(id) ? chosen.filter((m) => m !== id) : [...chosen, id]);
  return html`
    <fieldset class="methods">
      <legend>${t('reception.parameters')}</legend>
      ${methods.map((method) => html`
        <label class="choice">
          <input type="checkbox" name="method" value=${method.id} checked=${chosen.includes(method.id)} onChange=${() => toggle(method.id)} />
          <span>${pick(method.title)} <small>${method.standard}</small></span>
          ${method.accredited ? html`<span class="pill pill-ok">${t('reception.accredited')}</span>` : html`<span class="pill">${t('reception.notAccredited')}</span>`}
        </label>`)}
      <${Field} name="parameters" error=${error} />
    </fieldset>`;
}

async function loadForm() {
  const [methods, catalogue] = await Promise.all([loadMethods(), loadReceptionOptions()]);
  return { methods, catalogue };
}

function SpecificationChoice({ catalogue, chosen, value, onChange, error }) {
  const offered = specificationsForMethods(catalogue, chosen);
  return html`
    <${Field} label=${t('reception.specification')} name="specificationId" error=${error} hint=${t('reception.specificationHint')}>
      <select name="specificationId" value=${value} onChange=${(e) => onChange(e.currentTarget.value)}>
        <option value="">${t('reception.noSpecification')}</option>
        ${offered.map((s) => html`<option value=${s.id}>${pick(s.title)} (${s.edition})</option>`)}
      </select>
    </${Field}>`;
}

export function NewRequestScreen() {
  const form = useLoad(loadForm);
  return html`<${Loaded} state=${form}>${(data) => html`<${RequestForm} ...${data} />`}</${Loaded}>`;
}

function RequestForm({ methods, catalogue }) {
  const [customer, setCustomer] = useState(null);
  const [sample, setSample] = useState({ commodity: 'safety-footwear', quantity: '1' });
  const [chosen, setChosen] = useState([]);
  const [specificationId, setSpecificationId] = useState('sni-8877-2023');
  const [decisionRule, setDecisionRule] = useState('simple');
  const submit = useAction(
    () => api('POST', '/api/requests', requestBody(catalogue, customer, sample, chosen, specificationId, decisionRule)),
    (registered) => go(`requests/${registered.id}`),
  );
  const error = submit.error;
  return html`
    <h1>${t('reception.newTitle')}</h1>
    <form class="card wide" onSubmit=${submitWith(submit.run)}>
      <${CustomerPicker} value=${customer} onChange=${setCustomer} error=${error} />
      <fieldset>
        <legend>${t('reception.sample')}</legend>
        <${Field} label=${t('sample.description')} name="description" error=${error}>
          <input ...${bind(sample, setSample, 'description')} required />
        </${Field}>
        <div class="row">
          <${Field} label=${t('sample.commodity')} name="commodity" error=${error}>
            <select ...${bind(sample, setSample, 'commodity')} onChange=${(e) => setSample({ ...sample, commodity: e.currentTarget.value })}>
              ${catalogue.commodities.map((c) => html`<option value=${c.id}>${t(`commodity.${c.id}`)}</option>`)}
            </select>
          </${Field}>
          <${Field} label=${t('sample.quantity')} name="quantity" error=${error}>
            <input type="number" min="1" ...${bind(sample, setSample, 'quantity')} required />
          </${Field}>
          <${Field} label=${t('sample.size')} name="size" error=${error}><input ...${bind(sample, setSample, 'size')} /></${Field}>
        </div>
        <div class="row">
          ${['brand', 'model', 'colour', 'material'].map((name) => html`
            <${Field} label=${t(`sample.${name}`)} name=${name} error=${error}><input ...${bind(sample, setSample, name)} /></${Field}>`)}
        </div>
        <${Field} label=${t('sample.condition')} name="condition" error=${error}>
          <input ...${bind(sample, setSample, 'condition')} />
        </${Field}>
      </fieldset>
      <${MethodChoice} methods=${methods} chosen=${chosen} setChosen=${setChosen} error=${error} />
      <div class="row">
        <${SpecificationChoice} catalogue=${catalogue} chosen=${chosen} value=${specificationId} onChange=${setSpecificationId} error=${error} />
        <${Field} label=${t('reception.decisionRule')} name="decisionRule" error=${error}>
          <select value=${decisionRule} onChange=${(e) => setDecisionRule(e.currentTarget.value)}>
            <option value="simple">${t('decisionRule.simple')}</option>
            <option value="guarded">${t('decisionRule.guarded')}</option>
          </select>
        </${Field}>
      </div>
      <${FormError} error=${error} fields=${FORM_FIELDS} />
      <button type="submit" class="primary" disabled=${submit.busy}>${t('reception.register')}</button>
    </form>`;
}
