// Times renderLhu on a three-page report against a bare pdf-lib baseline
// that draws the report's main strings with the same embedded fonts, one
// per line and without wrapping, table rules, pagination logic or QR code.
// Run: npx tsx bench/render-lhu.ts [iterations]

import { performance } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import { embedFonts } from '../templates/pdf/fonts.ts';
import { A4_SIZE } from '../templates/pdf/page-flow.ts';
import type { LhuData } from '../templates/lhu-data.ts';
import { renderLhu } from '../templates/lhu.ts';
import { manyRows, sampleLhu } from '../tests/templates/lhu-fixture.ts';

const WARMUP = 5;
const iterations = Number(process.argv[2] ?? 40);
const data = sampleLhu({ results: manyRows(10) });

/** Collects the report's main strings: identity, customer, samples, result cells, decision rule and signatories. */
function reportStrings(report: LhuData): string[] {
  const rows = report.results.flatMap((row) => [
    row.parameter.id,
    row.parameter.en,
    `${row.method.standard} ${row.method.clause ?? ''}`,
    row.unit,
    `${row.value} ± ${row.uncertainty ?? ''}`,
    row.requirement ?? '',
    row.verdict ?? '',
  ]);
  return [
    report.laboratory.name,
    report.laboratory.address,
    'LAPORAN HASIL UJI / TEST REPORT',
    report.reportNumber,
    report.customer.name,
    report.customer.address,
    ...report.samples.map((sample) => `${sample.code} ${sample.description}`),
    ...rows,
    report.decisionRule.statement.id,
    report.decisionRule.statement.en,
    ...report.signatories.map((signatory) => signatory.name),
  ];
}

async function renderBaseline(report: LhuData, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = await embedFonts(doc);
  const strings = reportStrings(report);
  const perPage = Math.ceil(strings.length / pages);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage(A4_SIZE);
    strings.slice(p * perPage, (p + 1) * perPage).forEach((text, i) => {
      page.drawText(text, { x: 48, y: 800 - i * 6, size: 8.5, font: fonts.regular });
    });
  }
  return doc.save();
}

async function time(run: () => Promise<Uint8Array>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const pages = (await PDFDocument.load(await renderLhu(data))).getPageCount();
for (let i = 0; i < WARMUP; i++) {
  await renderLhu(data);
  await renderBaseline(data, pages);
}

// Alternating the two keeps drift in machine load from favouring either.
const lhuTimes: number[] = [];
const baselineTimes: number[] = [];
for (let i = 0; i < iterations; i++) {
  lhuTimes.push(await time(() => renderLhu(data)));
  baselineTimes.push(await time(() => renderBaseline(data, pages)));
}

const lhu = median(lhuTimes);
const baseline = median(baselineTimes);
console.log(`pages: ${pages}, rows: ${data.results.length}, iterations: ${iterations}`);
console.log(`renderLhu median: ${lhu.toFixed(1)} ms (min ${Math.min(...lhuTimes).toFixed(1)})`);
console.log(`baseline  median: ${baseline.toFixed(1)} ms (min ${Math.min(...baselineTimes).toFixed(1)})`);
console.log(`ratio renderLhu / baseline: ${(lhu / baseline).toFixed(2)}`);
