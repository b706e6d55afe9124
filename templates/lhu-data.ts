// Input of the LHU (Laporan Hasil Uji, test report) renderer. The renderer
// draws exactly what it is given: numbering, rounding and verdicts are
// decided before this point.

/** Text that the report prints in Bahasa Indonesia and in English. */
export interface BilingualText {
  id: string;
  en: string;
}

/** Calendar date as `YYYY-MM-DD`, printed unchanged. */
export type IsoDate = string;

/** Instant as ISO 8601 with an offset or `Z`; printed in WIB (UTC+7). */
export type IsoDateTime = string;

export type Verdict = 'pass' | 'fail' | 'inconclusive';

export interface LaboratoryIdentity {
  /** e.g. "Laboratorium Pengujian BPIPI". */
  name: string;
  /** Parent bodies printed above the name, e.g. ministry and BPIPI. */
  parentBodies: string[];
  address: string;
  /** Telephone, e-mail or website line; null prints nothing. */
  contact: string | null;
  /** KAN number of the form `LP-nnn-IDN`; null when not accredited. */
  kanAccreditationNumber: string | null;
}

export interface Customer {
  name: string;
  address: string;
}

export interface LhuSample {
  /** Sample code given at reception, unique in the laboratory. */
  code: string;
  description: string;
  brandModel: string | null;
  size: string | null;
  colour: string | null;
  material: string | null;
  receivedDate: IsoDate;
  /** Condition on receipt, e.g. "Baik, sesuai syarat / Good, accepted". */
  condition: string;
}

export interface TestMethod {
  /** e.g. "SNI 8877:2023" or "ISO 20871:2001". */
  standard: string;
  /** Clause within the standard, e.g. "5.8"; null when the whole standard. */
  clause: string | null;
}

export interface LhuResultRow {
  /** Code of the sample the result belongs to; one of `LhuData.samples`. */
  sampleCode: string;
  parameter: BilingualText;
  method: TestMethod;
  /** Unit as printed, e.g. "mm³" or "N/mm"; empty for dimensionless results. */
  unit: string;
  /** Result already rounded to the method's decimals. */
  value: string;
  /** Expanded uncertainty as printed after "±", or null when not reported. */
  uncertainty: string | null;
  /** Specification limit as printed, e.g. "≤ 250"; null without one. */
  requirement: string | null;
  /** Conformity verdict; null when no statement of conformity was requested. */
  verdict: Verdict | null;
  /** Whether the method is inside the KAN accreditation scope. */
  accredited: boolean;
}

export interface DecisionRule {
  /** simple: the result alone against the limit; guarded: limit minus a guard band. */
  kind: 'simple' | 'guarded';
  statement: BilingualText;
}

export interface Signatory {
  name: string;
  role: BilingualText;
  /** Time of the signatory's approval: verification or validation, as given by `action`. */
  validatedAt: IsoDateTime;
  /** Approval the signatory gave: a supervisor verifies and a technical manager validates. Default `validated`. */
  action?: 'verified' | 'validated';
}

/** Present on a revision: which report it replaces and why. */
export interface Amendment {
  replacesReportNumber: string;
  reason: BilingualText;
}

export interface LhuData {
  /** Full report number including any revision suffix. */
  reportNumber: string;
  /** 0 for the first issue, 1 for the first revision and so on. */
  revision: number;
  /** Required when `revision` > 0, null on a first issue. */
  amendment: Amendment | null;
  issueDate: IsoDate;
  laboratory: LaboratoryIdentity;
  customer: Customer;
  requestNumber: string;
  samples: LhuSample[];
  testing: { start: IsoDate; end: IsoDate };
  results: LhuResultRow[];
  /** e.g. "23 ± 2 °C; 50 ± 5 % RH; 24 jam / 24 h". */
  conditioningAtmosphere: string;
  decisionRule: DecisionRule;
  signatories: Signatory[];
  /** URL encoded in the QR code, where anyone can check the report. */
  verificationUrl: string;
  /** Only bilingual reports are drawn so far. */
  language: 'bilingual';
}
