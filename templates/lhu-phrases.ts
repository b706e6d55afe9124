import type { BilingualText, Verdict } from './lhu-data.ts';

// Fixed wording of the LHU. Each phrase is printed as "Indonesian / English"
// unless a layout puts the two languages on separate lines.

export const TITLE: BilingualText = {
  id: 'LAPORAN HASIL UJI',
  en: 'TEST REPORT',
};

export const FIELD = {
  reportNumber: { id: 'Nomor', en: 'Number' },
  customer: { id: 'Pelanggan', en: 'Customer' },
  address: { id: 'Alamat', en: 'Address' },
  requestNumber: { id: 'Nomor permohonan', en: 'Request number' },
  testingDates: { id: 'Tanggal pengujian', en: 'Date of testing' },
  issueDate: { id: 'Tanggal terbit', en: 'Date of issue' },
  revision: { id: 'Revisi', en: 'Revision' },
  sample: { id: 'Contoh uji', en: 'Test item' },
  description: { id: 'Uraian', en: 'Description' },
  brandModel: { id: 'Merek dan model', en: 'Brand and model' },
  size: { id: 'Ukuran', en: 'Size' },
  colour: { id: 'Warna', en: 'Colour' },
  material: { id: 'Bahan', en: 'Material' },
  receivedDate: { id: 'Tanggal penerimaan', en: 'Date of receipt' },
  condition: { id: 'Kondisi contoh', en: 'Condition' },
  conditioning: { id: 'Atmosfer pengkondisian', en: 'Conditioning atmosphere' },
  decisionRule: { id: 'Aturan keputusan', en: 'Decision rule' },
  validatedAt: { id: 'Divalidasi', en: 'Validated' },
  verifiedAt: { id: 'Diverifikasi', en: 'Verified' },
} satisfies Record<string, BilingualText>;

export const COLUMN = {
  number: { id: 'No', en: 'No' },
  parameter: { id: 'Parameter uji', en: 'Test parameter' },
  method: { id: 'Metode uji', en: 'Test method' },
  unit: { id: 'Satuan', en: 'Unit' },
  result: { id: 'Hasil', en: 'Result' },
  requirement: { id: 'Persyaratan', en: 'Requirement' },
  verdict: { id: 'Keputusan', en: 'Verdict' },
} satisfies Record<string, BilingualText>;

export const SECTION = {
  results: { id: 'HASIL UJI', en: 'TEST RESULTS' },
  signatures: { id: 'PENGESAHAN', en: 'AUTHORISATION' },
} satisfies Record<string, BilingualText>;

export const VERDICT: Record<Verdict, BilingualText> = {
  pass: { id: 'Memenuhi', en: 'Conforms' },
  fail: { id: 'Tidak memenuhi', en: 'Does not conform' },
  inconclusive: { id: 'Tidak dapat disimpulkan', en: 'Inconclusive' },
};

export const DECISION_RULE_KIND = {
  simple: { id: 'penerimaan sederhana', en: 'simple acceptance' },
  guarded: { id: 'penerimaan dengan pita pengaman', en: 'guarded acceptance' },
} satisfies Record<string, BilingualText>;

export const NOT_ACCREDITED_MARK = '*';

export const NOT_ACCREDITED_NOTE: BilingualText = {
  id: '* Parameter bertanda bintang berada di luar ruang lingkup akreditasi KAN laboratorium.',
  en: '* Parameters marked with an asterisk are outside the laboratory’s KAN accreditation scope.',
};

export function kanStatement(accreditationNumber: string): BilingualText {
  return {
    id: `Seluruh parameter dalam laporan ini termasuk dalam ruang lingkup akreditasi KAN nomor ${accreditationNumber} (SNI ISO/IEC 17025:2017).`,
    en: `All parameters in this report are within the scope of KAN accreditation ${accreditationNumber} (ISO/IEC 17025:2017).`,
  };
}

export const ITEMS_TESTED: BilingualText = {
  id: 'Hasil uji ini hanya berlaku untuk contoh yang diuji.',
  en: 'The results relate only to the items tested.',
};

export const REPRODUCTION: BilingualText = {
  id: 'Laporan ini tidak boleh digandakan sebagian tanpa izin tertulis dari laboratorium.',
  en: 'This report shall not be reproduced other than in full without the written permission of the laboratory.',
};

export const ELECTRONIC_SIGNATURE: BilingualText = {
  id: 'Laporan ini disahkan secara elektronik. Pindai kode QR untuk memeriksa keasliannya.',
  en: 'This report is validated electronically. Scan the QR code to verify that it is genuine.',
};

export const END_OF_REPORT: BilingualText = {
  id: 'Akhir laporan',
  en: 'End of report',
};

export function amendmentLine(
  revision: number,
  replaces: string,
  reason: BilingualText,
): BilingualText {
  return {
    id: `Revisi ${revision} ini menggantikan laporan ${replaces}. Alasan: ${reason.id}`,
    en: `Revision ${revision} replaces report ${replaces}. Reason: ${reason.en}`,
  };
}

export function pageOf(page: number, total: number): string {
  return `Halaman ${page} dari ${total} / Page ${page} of ${total}`;
}

/** Joins both languages on one line. */
export function both(text: BilingualText): string {
  return text.id === text.en ? text.id : `${text.id} / ${text.en}`;
}
