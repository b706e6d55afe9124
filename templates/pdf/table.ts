import { rgb, type RGB } from 'pdf-lib';
import type { PageFlow } from './page-flow.ts';
import { drawLine, lineHeight, type TextStyle } from './text-style.ts';
import { wrapText } from './wrap-text.ts';

/** One run of text inside a cell; each run starts on a new line. */
export interface CellRun {
  text: string;
  style: TextStyle;
}

export type Cell = CellRun[];

const PADDING = 3;
const BORDER = 0.5;
const HEADER_FILL = rgb(0.9, 0.9, 0.9);

interface WrappedRun {
  lines: string[];
  style: TextStyle;
}

/**
 * A ruled table that flows down the pages: a row never splits, and the
 * heading row is drawn again at the top of each new page.
 * NOTE: a single row taller than a page runs past the bottom margin.
 */
export class FlowTable {
  constructor(
    private readonly flow: PageFlow,
    private readonly widths: number[],
    private readonly heading: Cell[],
  ) {}

  /** Draws the heading, first moving to a new page unless it fits with `firstRowHeight`. */
  start(firstRowHeight: number): void {
    const heading = this.wrapRow(this.heading, this.widths);
    this.flow.ensureSpace(rowHeightOf(heading) + firstRowHeight);
    this.drawRow(heading, this.widths, HEADER_FILL);
  }

  addRow(cells: Cell[]): void {
    this.addWrappedRow(this.wrapRow(cells, this.widths), this.widths);
  }

  /** Adds a row whose single cell spans every column. */
  addSpanningRow(cell: Cell): void {
    const total = [this.widths.reduce((sum, width) => sum + width, 0)];
    this.addWrappedRow(this.wrapRow([cell], total), total, HEADER_FILL);
  }

  rowHeight(cells: Cell[]): number {
    return rowHeightOf(this.wrapRow(cells, this.widths));
  }

  private addWrappedRow(row: WrappedRun[][], widths: number[], fill?: RGB): void {
    if (this.flow.ensureSpace(rowHeightOf(row))) {
      this.drawRow(this.wrapRow(this.heading, this.widths), this.widths, HEADER_FILL);
    }
    this.drawRow(row, widths, fill);
  }

  private drawRow(row: WrappedRun[][], widths: number[], fill?: RGB): void {
    const height = rowHeightOf(row);
    const { page } = this.flow;
    let x = this.flow.left;
    row.forEach((runs, i) => {
      const width = widths[i] ?? 0;
      page.drawRectangle({
        x,
        y: this.flow.y - height,
        width,
        height,
        borderWidth: BORDER,
        borderColor: rgb(0, 0, 0),
        ...(fill === undefined ? {} : { color: fill }),
      });
      this.drawCell(runs, x + PADDING, this.flow.y - PADDING);
      x += width;
    });
    this.flow.moveDown(height);
  }

  private wrapRow(cells: Cell[], widths: number[]): WrappedRun[][] {
    return cells.map((cell, i) => wrapCell(cell, widths[i] ?? 0));
  }

  private drawCell(runs: WrappedRun[], x: number, top: number): void {
    let y = top;
    for (const run of runs) {
      for (const line of run.lines) {
        drawLine(this.flow.page, line, x, y, run.style);
        y -= lineHeight(run.style);
      }
    }
  }
}

function wrapCell(cell: Cell, width: number): WrappedRun[] {
  return cell.map((run) => ({
    lines: wrapText(run.text, run.style.font, run.style.size, width - 2 * PADDING),
    style: run.style,
  }));
}

function rowHeightOf(row: WrappedRun[][]): number {
  return Math.max(0, ...row.map(cellHeight)) + 2 * PADDING;
}

function cellHeight(runs: WrappedRun[]): number {
  return runs.reduce((sum, run) => sum + run.lines.length * lineHeight(run.style), 0);
}
