// Entry point: finds out who is logged in, then shows the login screen or
// the screen the address names, inside the common layout.
import { api, onUnauthorised } from './api.js';
import { html, render, useEffect, useState } from './html.js';
import { currentLanguage, setLanguage, t } from './i18n.js';
import { Layout } from './layout.js';
import { useRoute } from './router.js';
import { LoginScreen } from './screens/login.js';
import { SCREENS } from './screens/index.js';

function App() {
  const [user, setUser] = useState(undefined);
  const [language, setLanguageState] = useState(currentLanguage());
  const route = useRoute();

  useEffect(() => {
    onUnauthorised(() => setUser(null));
    api('GET', '/api/auth/me').then((me) => setUser(me ?? null), () => setUser(null));
  }, []);

  const switchLanguage = () => {
    setLanguage(language === 'id' ? 'en' : 'id');
    setLanguageState(currentLanguage());
  };
  const logout = async () => {
    await api('POST', '/api/auth/logout').catch(() => {});
    setUser(null);
    location.hash = '#/';
  };

  if (user === undefined) return html`<p class="loading">${t('common.loading')}</p>`;
  if (user === null) {
    return html`<${LoginScreen} onLogin=${setUser} onSwitchLanguage=${switchLanguage} />`;
  }
  const Screen = SCREENS[route.screen] ?? SCREENS.notFound;
  return html`
    <${Layout} user=${user} route=${route} onSwitchLanguage=${switchLanguage} onLogout=${logout}>
      <${Screen} key=${`${route.path}|${language}`} user=${user} params=${route.params} query=${route.query} />
    </${Layout}>`;
}

render(html`<${App} />`, document.getElementById('app'));
