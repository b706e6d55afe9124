/** Roles a user may hold; one person may hold several. */
export const ROLES = [
  'receiver',
  'analyst',
  'supervisor',
  'technical_manager',
  'auditor',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

/** Marks a route open to anyone, with no login. Every route states either this or its roles. */
export const PUBLIC = 'public' as const;

export type RouteAccess = readonly Role[] | typeof PUBLIC;

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
