import type { VerificationAnswer } from './public-verification.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

interface Verdict {
  tone: 'ok' | 'warn' | 'bad';
  id: string;
  en: string;
}

function verdictOf(answer: VerificationAnswer): Verdict {
  if (!answer.genuine) {
    return {
      tone: 'bad',
      id: 'Laporan dengan nomor dan kode ini tidak kami terbitkan. Jangan mengandalkan dokumen ini dan hubungi laboratorium.',
      en: 'We did not issue a report with this number and code. Do not rely on this document; contact the laboratory.',
    };
  }
  if (answer.status === 'superseded') {
    const by = answer.supersededBy ?? '-';
    return {
      tone: 'warn',
      id: `Laporan ini asli, tetapi telah digantikan oleh ${by}. Mintalah revisi terbaru.`,
      en: `This report is genuine but has been superseded by ${by}. Ask for the latest revision.`,
    };
  }
  return { tone: 'ok', id: 'Laporan ini asli dan berlaku.', en: 'This report is genuine and current.' };
}

const COLOURS = { ok: '#1b6e2a', warn: '#9a5b00', bad: '#a11b1b' } as const;

function row(labelId: string, labelEn: string, value: string): string {
  return `<tr><th>${labelId}<br><i>${labelEn}</i></th><td>${escapeHtml(value)}</td></tr>`;
}

function page(body: string): string {
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Verifikasi LHU / Test report verification</title>
<style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.4}
i{color:#555}th{text-align:left;padding:.3rem 1rem .3rem 0;vertical-align:top}.verdict{padding:1rem;color:#fff;border-radius:4px}</style>
</head><body><h1>Verifikasi Laporan Hasil Uji<br><i>Test report verification</i></h1>
${body}
</body></html>`;
}

/** Renders the form shown when the page is opened without a number and code. */
export function renderVerifyForm(): string {
  return page(`<p>Pindai kode QR pada laporan, atau isi nomor laporan dan kode verifikasinya.<br>
<i>Scan the QR code on the report, or enter the report number and its verification code.</i></p>
<form method="get" action="/verify">
<p><label>Nomor laporan / <i>Report number</i><br><input name="number" required maxlength="100"></label></p>
<p><label>Kode / <i>Code</i><br><input name="code" required maxlength="100"></label></p>
<p><button type="submit">Periksa / <i>Check</i></button></p></form>`);
}

/** Renders the public verification result in plain words, in Bahasa Indonesia with English. */
export function renderVerifyPage(answer: VerificationAnswer): string {
  const verdict = verdictOf(answer);
  const rows = [row('Nomor laporan', 'Report number', answer.number)];
  if (answer.genuine) {
    rows.push(row('Revisi', 'Revision', String(answer.revision ?? 0)));
    rows.push(row('Diterbitkan', 'Issued', answer.issuedAt ?? '-'));
    rows.push(row('Status', 'Status', answer.status === 'superseded' ? 'Digantikan / Superseded' : 'Berlaku / Current'));
    if (answer.supersededBy) rows.push(row('Digantikan oleh', 'Superseded by', answer.supersededBy));
  }
  return page(`<p class="verdict" style="background:${COLOURS[verdict.tone]}">${escapeHtml(verdict.id)}<br><i style="color:#fff">${escapeHtml(verdict.en)}</i></p>
<table>${rows.join('\n')}</table>`);
}
