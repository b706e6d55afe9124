// The frame of every screen: the header with the role's navigation, the
// scan field, the language switch and the user; the shortcut line below.
import { html, useEffect, useRef } from './html.js';
import { currentLanguage, t } from './i18n.js';
import { navigationFor } from './roles.js';
import { go } from './router.js';
import { handleScanKey, openScannedCode } from './scanner.js';

function useGlobalKeys({ user, onSwitchLanguage, scanField }) {
  useEffect(() => {
    const onKey = (event) => {
      if (event.key === 'F2') {
        event.preventDefault();
        scanField.current?.focus();
        return;
      }
      if (event.altKey && !event.ctrlKey) {
        const key = event.key.toUpperCase();
        if (key === 'L') onSwitchLanguage();
        else if (key === 'H') go('');
        else {
          const item = navigationFor(user).find((entry) => entry.key === key);
          if (!item) return;
          go(item.path);
        }
        event.preventDefault();
        return;
      }
      if (handleScanKey(event)) event.stopImmediatePropagation();
    };
    addEventListener('keydown', onKey, { capture: true });
    return () => removeEventListener('keydown', onKey, { capture: true });
  }, [user, onSwitchLanguage]);
}

function ScanField({ inputRef }) {
  const submit = (event) => {
    event.preventDefault();
    openScannedCode(inputRef.current.value);
    inputRef.current.value = '';
    inputRef.current.blur();
  };
  return html`
    <form class="scan" onSubmit=${submit} role="search">
      <label for="scan-field" class="sr-only">${t('scan.label')}</label>
      <input id="scan-field" ref=${inputRef} placeholder=${t('scan.placeholder')} autocomplete="off" />
      <kbd>F2</kbd>
    </form>`;
}

export function Layout({ user, route, onSwitchLanguage, onLogout, children }) {
  const scanField = useRef(null);
  useGlobalKeys({ user, onSwitchLanguage, scanField });
  const items = navigationFor(user);
  return html`
    <a class="skip-link" href="#main">${t('common.skipToContent')}</a>
    <header class="topbar">
      <a class="brand" href="#/">Jitu</a>
      <nav aria-label=${t('nav.label')}>
        ${items.map((item) => html`
          <a href=${`#/${item.path}`} class=${route.path.startsWith(item.path) ? 'active' : ''}>
            ${t(item.label)} <kbd>Alt+${item.key}</kbd>
          </a>`)}
      </nav>
      <${ScanField} inputRef=${scanField} />
      <button type="button" class="link-button" onClick=${onSwitchLanguage} title="Alt+L">
        ${currentLanguage() === 'id' ? 'English' : 'Bahasa Indonesia'}
      </button>
      <span class="user">${user.fullName}</span>
      <button type="button" class="link-button" onClick=${onLogout}>${t('nav.logout')}</button>
    </header>
    <main id="main" tabindex="-1">${children}</main>
    <footer class="shortcuts">
      <span><kbd>Alt+H</kbd> ${t('nav.home')}</span>
      <span><kbd>F2</kbd> ${t('scan.label')}</span>
      <span><kbd>Alt+L</kbd> ${t('nav.language')}</span>
      <span><kbd>Tab</kbd> ${t('nav.nextField')}</span>
    </footer>`;
}
