// Hash routes, so the service serves one page and a reload keeps the screen.
import { useEffect, useState } from './html.js';

const PATTERNS = [
  ['', 'home'],
  ['reception/new', 'newRequest'],
  ['reception/search', 'searchRequests'],
  ['requests/:id', 'request'],
  ['samples/:code', 'sample'],
  ['worklist', 'worklist'],
  ['bench/:parameterId', 'bench'],
  ['runs/:id', 'worksheet'],
  ['review/:stage', 'reviewQueue'],
  ['review/:stage/:id', 'reviewRecord'],
  ['audit', 'audit'],
  ['audit/trace/:key', 'trace'],
  ['admin', 'admin'],
];

export function parseHash(hash) {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  for (const [pattern, screen] of PATTERNS) {
    const expected = pattern.split('/').filter(Boolean);
    if (expected.length !== parts.length) continue;
    const params = {};
    const matches = expected.every((part, i) => {
      if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(parts[i]);
      return part.startsWith(':') || part === parts[i];
    });
    if (matches) return { screen, params, query: new URLSearchParams(query), path };
  }
  return { screen: 'notFound', params: {}, query: new URLSearchParams(), path };
}

export function go(path) {
  location.hash = `#/${path}`;
}

export function useRoute() {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const update = () => setHash(location.hash);
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return parseHash(hash);
}
