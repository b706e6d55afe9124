import { api } from '../../api.js';
import { bind, Field, FormError, Loaded, submitWith, useAction, useLoad } from '../../components.js';
import { html, useState } from '../../html.js';
import { t } from '../../i18n.js';

const ROLES = ['receiver', 'analyst', 'supervisor', 'technical_manager', 'auditor', 'admin'];

function NewUser({ onDone }) {
  const [values, setValues] = useState({ username: '', fullName: '', password: '' });
  const [roles, setRoles] = useState([]);
  const save = useAction(() => api('POST', '/api/users', { ...values, roles }), onDone);
  const toggle = (role) => setRoles(roles.includes(role) ? roles.filter((r) => r !== role) : [...roles, role]);
  return html`
    <form class="card" onSubmit=${submitWith(save.run)} aria-labelledby="new-user-title">
      <h3 id="new-user-title">${t('admin.newUser')}</h3>
      <div class="row wrap">
        <${Field} label=${t('login.username')} name="username" error=${save.error}><input ...${bind(values, setValues, 'username')} /></${Field}>
        <${Field} label=${t('admin.fullName')} name="fullName" error=${save.error}><input ...${bind(values, setValues, 'fullName')} /></${Field}>
        <${Field} label=${t('login.password')} name="password" error=${save.error}><input type="password" autocomplete="new-password" ...${bind(values, setValues, 'password')} /></${Field}>
      </div>
      <fieldset><legend>${t('admin.roles')}</legend>
        ${ROLES.map((role) => html`<label class="choice"><input type="checkbox" checked=${roles.includes(role)} onChange=${() => toggle(role)} /> ${t(`role.${role}`)}</label>`)}
        <${Field} name="roles" error=${save.error} />
      </fieldset>
      <${FormError} error=${save.error} fields=${['username', 'fullName', 'password', 'roles']} />
      <button type="submit" disabled=${save.busy}>${t('admin.createUser')}</button>
    </form>`;
}

/** Staff accounts and their roles. */
export function UsersPanel() {
  const list = useLoad(() => api('GET', '/api/users'));
  return html`
    <section class="card" aria-labelledby="users-title">
      <h2 id="users-title">${t('admin.users')}</h2>
      <${Loaded} state=${list}>${(rows) => html`
        <table class="data">
          <thead><tr><th>${t('login.username')}</th><th>${t('admin.fullName')}</th><th>${t('admin.roles')}</th><th>${t('admin.active')}</th></tr></thead>
          <tbody>${rows.map((u) => html`
            <tr><td>${u.username}</td><td>${u.full_name}</td><td>${u.roles.map((r) => t(`role.${r}`)).join(', ')}</td><td>${u.active ? '✓' : '–'}</td></tr>`)}
          </tbody>
        </table>`}
      </${Loaded}>
      <${NewUser} onDone=${list.reload} />
    </section>`;
}
