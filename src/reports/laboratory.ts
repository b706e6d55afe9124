import type { LaboratoryIdentity } from '../../templates/lhu-data.ts';

/**
 * The laboratory's identity as printed on reports. The address and the KAN
 * number are settings because BPIPI moved to its Sukodono building in 2025
 * and its KAN number is entered by the quality manager.
 */
export function laboratoryIdentity(env: NodeJS.ProcessEnv = process.env): LaboratoryIdentity {
  return {
    name: env.JITU_LAB_NAME ?? 'Laboratorium Pengujian BPIPI',
    parentBodies: ['Kementerian Perindustrian Republik Indonesia', 'Balai Pemberdayaan Industri Persepatuan Indonesia'],
    address: env.JITU_LAB_ADDRESS ?? 'Desa Wilayut, Sukodono, Sidoarjo, Jawa Timur',
    contact: env.JITU_LAB_CONTACT ?? null,
    kanAccreditationNumber: env.JITU_KAN_NUMBER ?? null,
  };
}

export const DECISION_RULE_STATEMENTS = {
  simple: {
    id: 'Pernyataan kesesuaian memakai aturan penerimaan sederhana: hasil dibandingkan langsung dengan batas persyaratan tanpa memperhitungkan ketidakpastian pengukuran.',
    en: 'Conformity is stated by simple acceptance: the result is compared directly with the requirement limit without taking measurement uncertainty into account.',
  },
  guarded: {
    id: 'Pernyataan kesesuaian memakai aturan penerimaan dengan pita pengaman sebesar ketidakpastian diperluas (k = 2); hasil dalam pita pengaman dinyatakan tidak dapat disimpulkan.',
    en: 'Conformity is stated by guarded acceptance with a guard band equal to the expanded uncertainty (k = 2); results within the guard band are reported as inconclusive.',
  },
} as const;
