// UI strings: one dictionary per language, Bahasa Indonesia by default. The
// choice is kept in the `jitu_lang` cookie, which the API reads too, so its
// error messages come back in the same language.
import { en } from './i18n/en.js';
import { id } from './i18n/id.js';

const DICTIONARIES = { id, en };
let language = document.cookie.match(/(?:^|; )jitu_lang=(en|id)/)?.[1] ?? 'id';

export const currentLanguage = () => language;

export function setLanguage(next) {
  language = next === 'en' ? 'en' : 'id';
  document.cookie = `jitu_lang=${language}; path=/; max-age=31536000; samesite=strict`;
  document.documentElement.lang = language;
}

/** Returns the string for a key in the current language, with `{name}` placeholders filled. */
export function t(key, params = {}) {
  const template = DICTIONARIES[language][key] ?? DICTIONARIES.id[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Picks the current language from a `{ id, en }` text the API sends. */
export const pick = (bilingual) => (bilingual ? bilingual[language] ?? bilingual.id : '');

export function formatDate(iso) {
  if (!iso) return '–';
  const locale = language === 'en' ? 'en-GB' : 'id-ID';
  const options = iso.length <= 10 ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'Asia/Jakarta' }).format(new Date(iso));
}

export function formatRupiah(amount) {
  return new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(amount);
}

// The browser's Accept-Language would otherwise choose the API's language.
setLanguage(language);
