import type { PageFlow } from './pdf/page-flow.ts';
import { FlowTable, type Cell } from './pdf/table.ts';
import { drawLine, lineHeight } from './pdf/text-style.ts';
import type { BilingualText, LhuResultRow } from './lhu-data.ts';
import type { LhuContext } from './lhu-context.ts';
import { both, COLUMN, NOT_ACCREDITED_MARK, SECTION, VERDICT } from './lhu-phrases.ts';

// Column widths in points; they add up to the A4 width between the margins.
const WIDTHS = [22, 128, 80, 40, 64, 75, 90];
const EMPTY = '–';

/** Draws the results table, grouped by sample when the report has several. */
export function flowLhuResults(flow: PageFlow, ctx: LhuContext): void {
  const table = new FlowTable(flow, WIDTHS, headingCells(ctx));
  const rows = ctx.data.results.map((row, i) => ({ row, cells: rowCells(ctx, row, i + 1) }));
  const first = rows[0];
  const titleHeight = lineHeight(ctx.styles.heading) + 4;

  flow.ensureSpace(titleHeight + (first === undefined ? 0 : table.rowHeight(first.cells)) + 40);
  drawLine(flow.page, both(SECTION.results), flow.left, flow.y, ctx.styles.heading);
  flow.moveDown(titleHeight);
  table.start(first === undefined ? 0 : table.rowHeight(first.cells));

  const grouped = ctx.data.samples.length > 1;
  for (const sample of ctx.data.samples) {
    const sampleRows = rows.filter(({ row }) => row.sampleCode === sample.code);
    if (grouped && sampleRows.length > 0) {
      const label = `Contoh uji / Test item: ${sample.code} – ${sample.description}`;
      table.addSpanningRow([{ text: label, style: ctx.styles.bold }]);
    }
    for (const { cells } of sampleRows) table.addRow(cells);
  }
  flow.moveDown(6);
}

function headingCells(ctx: LhuContext): Cell[] {
  return Object.values(COLUMN).map((title) => bilingualCell(ctx, title, true));
}

function bilingualCell(ctx: LhuContext, text: BilingualText, bold = false): Cell {
  const first = bold ? ctx.styles.bold : ctx.styles.body;
  if (text.id === text.en) return [{ text: text.id, style: first }];
  return [
    { text: text.id, style: first },
    { text: text.en, style: ctx.styles.english },
  ];
}

function rowCells(ctx: LhuContext, row: LhuResultRow, number: number): Cell[] {
  const { body } = ctx.styles;
  const plain = (text: string): Cell => [{ text, style: body }];
  return [
    plain(String(number)),
    parameterCell(ctx, row),
    plain(methodText(row)),
    plain(row.unit === '' ? EMPTY : row.unit),
    resultCell(ctx, row),
    plain(row.requirement ?? EMPTY),
    row.verdict === null ? plain(EMPTY) : bilingualCell(ctx, VERDICT[row.verdict]),
  ];
}

function parameterCell(ctx: LhuContext, row: LhuResultRow): Cell {
  const marked = isMarkedNotAccredited(ctx, row);
  const parameter = marked
    ? { id: row.parameter.id + NOT_ACCREDITED_MARK, en: row.parameter.en }
    : row.parameter;
  return bilingualCell(ctx, parameter);
}

function resultCell(ctx: LhuContext, row: LhuResultRow): Cell {
  const cell: Cell = [{ text: row.value, style: ctx.styles.bold }];
  if (row.uncertainty !== null) {
    cell.push({ text: `± ${row.uncertainty}`, style: ctx.styles.body });
  }
  return cell;
}

function methodText(row: LhuResultRow): string {
  const { standard, clause } = row.method;
  return clause === null ? standard : `${standard} butir / clause ${clause}`;
}

/** Non-accredited rows are marked only when the laboratory has a KAN accreditation number. */
export function isMarkedNotAccredited(ctx: LhuContext, row: LhuResultRow): boolean {
  return ctx.data.laboratory.kanAccreditationNumber !== null && !row.accredited;
}
