import { api } from '../api.js';
import { bind, Field, FormError, submitWith, useAction } from '../components.js';
import { html, useState } from '../html.js';
import { currentLanguage, t } from '../i18n.js';

export function LoginScreen({ onLogin, onSwitchLanguage }) {
  const [values, setValues] = useState({ username: '', password: '' });
  const login = useAction(() => api('POST', '/api/auth/login', values), (body) => onLogin(body.user));
  return html`
    <main class="login" id="main">
      <form class="card login-card" onSubmit=${submitWith(login.run)}>
        <h1>Jitu</h1>
        <p class="subtitle">${t('login.subtitle')}</p>
        <${Field} label=${t('login.username')} name="username" error=${login.error}>
          <input ...${bind(values, setValues, 'username')} autocomplete="username" autofocus required />
        </${Field}>
        <${Field} label=${t('login.password')} name="password" error=${login.error}>
          <input type="password" ...${bind(values, setValues, 'password')} autocomplete="current-password" required />
        </${Field}>
        <${FormError} error=${login.error} fields=${['username', 'password']} />
        <button type="submit" class="primary" disabled=${login.busy}>${t('login.submit')}</button>
        <button type="button" class="link-button" onClick=${onSwitchLanguage}>
          ${currentLanguage() === 'id' ? 'English' : 'Bahasa Indonesia'}
        </button>
      </form>
    </main>`;
}
