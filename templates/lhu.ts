import { PDFDocument } from 'pdf-lib';
import { embedFonts } from './pdf/fonts.ts';
import { PageFlow } from './pdf/page-flow.ts';
import type { LhuData } from './lhu-data.ts';
import { createStyles, LHU_FRAME, type LhuContext } from './lhu-context.ts';
import { flowLhuDetails } from './lhu-details.ts';
import { drawLhuFooters } from './lhu-footer.ts';
import { drawLhuHeader } from './lhu-header.ts';
import { flowLhuResults } from './lhu-results.ts';
import { flowLhuSignatures } from './lhu-signatures.ts';
import { flowLhuStatements } from './lhu-statements.ts';
import { validateLhuData } from './lhu-validate.ts';
import { renderQrPng } from './qr-png.ts';

/**
 * Renders an LHU (Laporan Hasil Uji, test report) as an A4 PDF in Bahasa
 * Indonesia with English. Throws an LhuDataError naming the field when the
 * data is inconsistent or holds characters the fonts cannot draw.
 */
export async function renderLhu(data: LhuData): Promise<Uint8Array> {
  validateLhuData(data);
  const doc = await PDFDocument.create();
  setMetadata(doc, data);
  const fonts = await embedFonts(doc);
  const ctx: LhuContext = { data, fonts, styles: createStyles(fonts) };
  const qr = await doc.embedPng(await renderQrPng(data.verificationUrl));

  const flow = new PageFlow(doc, LHU_FRAME, (page) => drawLhuHeader(page, ctx));
  flowLhuDetails(flow, ctx);
  flow.moveDown(8);
  flowLhuResults(flow, ctx);
  flowLhuStatements(flow, ctx);
  flowLhuSignatures(flow, ctx, qr);
  drawLhuFooters(doc, ctx);
  return doc.save();
}

function setMetadata(doc: PDFDocument, data: LhuData): void {
  doc.setTitle(`Laporan Hasil Uji / Test Report ${data.reportNumber}`);
  doc.setAuthor(data.laboratory.name);
  doc.setSubject(data.customer.name);
  doc.setLanguage('id-ID');
  doc.setCreator('Jitu');
  doc.setProducer('Jitu');
  // The file carries the issue date, not the time it happened to be rendered.
  const issued = new Date(`${data.issueDate}T00:00:00+07:00`);
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);
}
