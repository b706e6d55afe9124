// Navigation entries per role, in the order of the testing flow.
export const NAVIGATION = [
  { role: 'receiver', path: 'reception/new', label: 'nav.newRequest', key: 'N' },
  { role: 'receiver', path: 'reception/search', label: 'nav.search', key: 'S' },
  { role: 'analyst', path: 'worklist', label: 'nav.worklist', key: 'W' },
  { role: 'supervisor', path: 'review/verification', label: 'nav.verification', key: 'V' },
  { role: 'technical_manager', path: 'review/validation', label: 'nav.validation', key: 'V' },
  { role: 'auditor', path: 'audit', label: 'nav.audit', key: 'A' },
  { role: 'admin', path: 'admin', label: 'nav.admin', key: 'A' },
];

export const navigationFor = (user) => NAVIGATION.filter((item) => user.roles.includes(item.role));

export const hasRole = (user, ...roles) => roles.some((role) => user.roles.includes(role));
