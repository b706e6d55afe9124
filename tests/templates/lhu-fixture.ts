import type { LhuData, LhuResultRow } from '../../templates/lhu-data.ts';

const ROWS: LhuResultRow[] = [
  {
    sampleCode: 'BPIPI-2026-0042',
    parameter: { id: 'Ketahanan abrasi sol luar', en: 'Outsole abrasion resistance' },
    method: { standard: 'SNI 8877:2023', clause: '8.3' },
    unit: 'mm³',
    value: '142',
    uncertainty: '6',
    requirement: '≤ 250',
    verdict: 'pass',
    accredited: true,
  },
  {
    sampleCode: 'BPIPI-2026-0042',
    parameter: { id: 'Tebal sol luar', en: 'Outsole thickness' },
    method: { standard: 'ISO 20344:2021', clause: '8.3' },
    unit: 'µm',
    value: '4120',
    uncertainty: '30',
    requirement: '≥ 4000',
    verdict: 'pass',
    accredited: true,
  },
  {
    sampleCode: 'BPIPI-2026-0042',
    parameter: { id: 'Ketahanan panas kontak', en: 'Resistance to hot contact' },
    method: { standard: 'ISO 20344:2021', clause: '8.7' },
    unit: '°C',
    value: '300',
    uncertainty: null,
    requirement: 'Tidak meleleh / no melting at 300 °C',
    verdict: 'pass',
    accredited: true,
  },
];

/** A one-page LHU with one sample, all rows accredited. */
export function sampleLhu(overrides: Partial<LhuData> = {}): LhuData {
  return {
    reportNumber: 'LHU/BPIPI/2026/00042',
    revision: 0,
    amendment: null,
    issueDate: '2026-03-12',
    laboratory: {
      name: 'Laboratorium Pengujian BPIPI',
      parentBodies: [
        'Kementerian Perindustrian Republik Indonesia',
        'Balai Pemberdayaan Industri Persepatuan Indonesia (BPIPI)',
      ],
      address: 'Desa Wilayut, Sukodono, Sidoarjo, Jawa Timur',
      contact: 'bpipi.kemenperin.go.id',
      kanAccreditationNumber: 'LP-000-IDN',
    },
    customer: { name: 'CV Sepatu Ngatini', address: 'Jl. Raya Tanggulangin 12, Sidoarjo' },
    requestNumber: 'PMH/2026/0107',
    samples: [
      {
        code: 'BPIPI-2026-0042',
        description: 'Sepatu pengaman kulit / leather safety boot',
        brandModel: 'Garuda S3',
        size: '42',
        colour: 'Hitam / black',
        material: 'Kulit sapi, sol PU / cow leather, PU sole',
        receivedDate: '2026-03-02',
        condition: 'Baik, sesuai syarat / good, accepted',
      },
    ],
    testing: { start: '2026-03-03', end: '2026-03-06' },
    results: ROWS,
    conditioningAtmosphere: '23 ± 2 °C; 50 ± 5 % RH; 24 jam / 24 h',
    decisionRule: {
      kind: 'simple',
      statement: {
        id: 'Hasil dibandingkan langsung dengan batas persyaratan tanpa memperhitungkan ketidakpastian.',
        en: 'Results are compared directly with the limit, without taking the uncertainty into account.',
      },
    },
    signatories: [
      {
        name: 'Sutrisno Wibowo',
        role: { id: 'Penyelia', en: 'Supervisor' },
        validatedAt: '2026-03-11T08:15:00+07:00',
      },
      {
        name: 'Dewi Ayu Lestari',
        role: { id: 'Manajer Teknis', en: 'Technical Manager' },
        validatedAt: '2026-03-12T02:40:00Z',
      },
    ],
    verificationUrl: 'https://jitu.example/verifikasi/LHU-BPIPI-2026-00042',
    language: 'bilingual',
    ...overrides,
  };
}

/** Repeats the fixture's rows `times` times, numbering the parameters. */
export function manyRows(times: number, accredited = true): LhuResultRow[] {
  const rows: LhuResultRow[] = [];
  for (let i = 0; i < times; i++) {
    for (const row of ROWS) {
      const parameter = { id: `${row.parameter.id} ${i + 1}`, en: `${row.parameter.en} ${i + 1}` };
      rows.push({ ...row, parameter, accredited });
    }
  }
  return rows;
}
