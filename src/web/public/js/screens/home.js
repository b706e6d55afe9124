import { html } from '../html.js';
import { t } from '../i18n.js';
import { navigationFor } from '../roles.js';

/** Renders the start page with one card per task of the user's roles. */
export function HomeScreen({ user }) {
  const items = navigationFor(user);
  return html`
    <h1>${t('home.greeting', { name: user.fullName })}</h1>
    <p class="subtitle">${user.roles.map((role) => t(`role.${role}`)).join(', ')}</p>
    <div class="cards">
      ${items.map((item) => html`
        <a class="card task-card" href=${`#/${item.path}`}>
          <strong>${t(item.label)}</strong>
          <span>${t(`${item.label}.hint`)}</span>
          <kbd>Alt+${item.key}</kbd>
        </a>`)}
    </div>
    <p class="hint">${t('home.scanHint')}</p>`;
}

export function NotFoundScreen() {
  return html`<h1>${t('notFound.title')}</h1><p><a href="#/">${t('nav.home')}</a></p>`;
}
