import type { LabelData } from '../../templates/label-data.ts';

export const LABELS: LabelData[] = [
  {
    code: 'BPIPI-2026-0042',
    description: 'Sepatu pengaman kulit, sol PU, ukuran 42, warna hitam, merek Garuda S3',
    receivedDate: '2026-03-02',
  },
  {
    code: 'BPIPI-2026-0042-S03',
    description: 'Spesimen sol luar 5 mm³, kondisi 23 °C',
    receivedDate: '2026-03-02',
  },
  {
    code: 'S_07^A~1',
    description: 'Kode dengan karakter khusus ZPL',
    receivedDate: '2026-12-31',
  },
];
