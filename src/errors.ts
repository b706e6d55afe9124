// The error catalogue: every error the service raises has a stable code, an
// HTTP status and a message in Bahasa Indonesia and English. Placeholders in
// braces are filled from the error's parameters.

export type Language = 'id' | 'en';

interface CatalogueEntry {
  status: number;
  id: string;
  en: string;
}

const catalogue = {
  AUTH_REQUIRED: {
    status: 401,
    id: 'Silakan masuk terlebih dahulu.',
    en: 'Log in first.',
  },
  LOGIN_FAILED: {
    status: 401,
    id: 'Nama pengguna atau kata sandi salah.',
    en: 'Wrong username or password.',
  },
  ROLE_FORBIDDEN: {
    status: 403,
    id: 'Peran Anda ({roles}) tidak boleh melakukan ini; diperlukan: {required}.',
    en: 'Your roles ({roles}) may not do this; required: {required}.',
  },
  NOT_FOUND: {
    status: 404,
    id: '{entity} {key} tidak ditemukan.',
    en: '{entity} {key} not found.',
  },
  INVALID_INPUT: {
    status: 400,
    id: 'Isian {field} tidak valid: {detail}',
    en: 'Field {field} is invalid: {detail}',
  },
  WRONG_STATE: {
    status: 409,
    id: '{entity} {key} berstatus "{status}"; langkah ini memerlukan status {expected}.',
    en: '{entity} {key} is "{status}"; this step needs status {expected}.',
  },
  CONFLICT: {
    status: 409,
    id: '{detail}',
    en: '{detail}',
  },
  SEPARATION_OF_DUTIES: {
    status: 403,
    id: '{detail}',
    en: '{detail}',
  },
  GATE_CLOSED: {
    status: 409,
    id: 'Uji belum boleh dimulai: {detail}',
    en: 'The test may not start yet: {detail}',
  },
  READING_REJECTED: {
    status: 409,
    id: 'Bacaan tidak dapat diterima: {detail}',
    en: 'The reading cannot be accepted: {detail}',
  },
  ACCEPTANCE_REFUSED: {
    status: 409,
    id: 'Contoh {code} tidak memenuhi syarat penerimaan: {detailId}. Lengkapi contoh, atau tolak dengan alasan ini.',
    en: 'Sample {code} does not meet the acceptance criteria: {detail}. Complete the sample, or reject it with this reason.',
  },
  PAYMENT_SHORT: {
    status: 409,
    id: 'Pembayaran {amount} kurang dari total penawaran {total} (sudah dibayar {paid}); kurang {missing}.',
    en: 'The payment of {amount} is less than the quotation total {total} (already paid {paid}); {missing} is missing.',
  },
  PAYMENT_REFUSED: {
    status: 409,
    id: 'Pembayaran permohonan {number} tidak dicatat: {detailId}',
    en: 'The payment for request {number} was not recorded: {detail}',
  },
  ANALYST_NOT_AUTHORISED: {
    status: 409,
    id: 'Analis {analyst} belum memiliki otorisasi yang berlaku untuk metode {method}; minta manajer teknis mencatat otorisasinya.',
    en: 'Analyst {analyst} holds no current authorisation for method {method}; ask the technical manager to record one.',
  },
  GATEWAY_KEY_INVALID: {
    status: 401,
    id: 'Kunci gateway tidak dikenal atau sudah dicabut; minta kunci baru kepada admin.',
    en: 'The gateway key is unknown or revoked; ask an admin for a new key.',
  },
  GATEWAY_SCOPE: {
    status: 403,
    id: 'Kunci gateway "{name}" tidak berlaku untuk instrumen {instrument}; kunci ini hanya untuk: {allowed}.',
    en: 'Gateway key "{name}" does not cover instrument {instrument}; it covers only: {allowed}.',
  },
  SERVICE_STEP_OUT_OF_ORDER: {
    status: 409,
    id: 'Langkah "{step}" pada permohonan layanan {number} tidak dapat dicatat sekarang: langkah berikutnya adalah "{next}".',
    en: 'Step "{step}" of service request {number} cannot be recorded now: the next step is "{next}".',
  },
  SERVICE_STEP_ASSIGNED: {
    status: 403,
    id: 'Langkah "{step}" pada permohonan layanan {number} ditugaskan kepada {assignee}; hanya petugas itu yang dapat mencatatnya.',
    en: 'Step "{step}" of service request {number} is assigned to {assignee}; only that officer may record it.',
  },
  REPORT_ALREADY_ISSUED: {
    status: 409,
    id: 'LHU permintaan {request} sudah diterbitkan dengan nomor {number}; untuk mengubahnya, terbitkan revisi dengan alasan melalui POST /api/reports/{reportId}/amend.',
    en: 'The LHU of request {request} was already issued as {number}; to change it, issue a revision with a reason through POST /api/reports/{reportId}/amend.',
  },
  LHU_DATA_INVALID: {
    status: 409,
    id: 'LHU tidak dapat dibuat karena data {field} tidak valid: {detail}. Perbaiki data tersebut, lalu terbitkan lagi.',
    en: 'The LHU cannot be rendered because {field} is invalid: {detail}. Correct that data, then issue again.',
  },
  RATE_LIMITED: {
    status: 429,
    id: 'Terlalu banyak permintaan; coba lagi sebentar lagi.',
    en: 'Too many requests; try again shortly.',
  },
} satisfies Record<string, CatalogueEntry>;

export type ErrorCode = keyof typeof catalogue;

/** A text given in both languages, such as the reason a gate is closed. */
export interface BilingualText {
  id: string;
  en: string;
}

export type ErrorParams = Record<string, string | number | BilingualText>;

/** An error with a catalogue code; `field` names the input at fault, when there is one. */
export class JituError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly field: string | undefined;

  constructor(code: ErrorCode, params: ErrorParams = {}, field?: string) {
    super(formatMessage(code, params, 'en'));
    this.name = 'JituError';
    this.code = code;
    this.params = params;
    this.field = field;
  }

  get status(): number {
    return catalogue[this.code].status;
  }
}

export function formatMessage(code: ErrorCode, params: ErrorParams, language: Language): string {
  const template = catalogue[code][language];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (!Object.hasOwn(params, name) || value === undefined) return whole;
    return typeof value === 'object' ? value[language] : String(value);
  });
}

/** Shorthands for the errors raised most often. */
export const notFound = (entity: string, key: string | number) =>
  new JituError('NOT_FOUND', { entity, key });

export const wrongState = (entity: string, key: string | number, status: string, expected: string[]) =>
  new JituError('WRONG_STATE', { entity, key, status, expected: expected.join(' / ') });

export const invalidInput = (field: string, detail: string | BilingualText) =>
  new JituError('INVALID_INPUT', { field, detail }, field);
