import type { Role } from '../auth/roles.ts';
import { JituError } from '../errors.ts';

/** Throws ROLE_FORBIDDEN (403) unless the caller holds one of the allowed roles. */
export function requireRoles(held: readonly Role[], allowed: readonly Role[]): void {
  if (held.some((role) => allowed.includes(role))) return;
  throw new JituError('ROLE_FORBIDDEN', { roles: held.join(', ') || '-', required: allowed.join(', ') || '-' });
}
