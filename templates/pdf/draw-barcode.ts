import { rgb, type PDFPage } from 'pdf-lib';
import type { LinearSymbol, MatrixSymbol } from '../barcode-symbols.ts';

const INK = rgb(0, 0, 0);

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Draws linear bars as vector rectangles filling `box`; the caller leaves the quiet zones. */
export function drawLinearSymbol(page: PDFPage, symbol: LinearSymbol, box: Box): void {
  const module = box.width / symbol.modules;
  let x = box.x;
  symbol.widths.forEach((width, i) => {
    const isBar = i % 2 === 0;
    if (isBar) {
      page.drawRectangle({ x, y: box.y, width: width * module, height: box.height, color: INK });
    }
    x += width * module;
  });
}

/** Draws a matrix symbol as vector squares in a square box of side `side`. */
export function drawMatrixSymbol(
  page: PDFPage,
  symbol: MatrixSymbol,
  x: number,
  y: number,
  side: number,
): void {
  const module = side / symbol.size;
  for (let row = 0; row < symbol.size; row++) {
    const top = y + side - (row + 1) * module;
    for (const [start, length] of darkRuns(symbol, row)) {
      page.drawRectangle({ x: x + start * module, y: top, width: length * module, height: module, color: INK });
    }
  }
}

/** Returns [first column, length] of each run of dark modules in a row. */
function darkRuns(symbol: MatrixSymbol, row: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let column = 0; column <= symbol.size; column++) {
    const dark = column < symbol.size && symbol.dark[row * symbol.size + column] === true;
    if (dark && start < 0) start = column;
    if (!dark && start >= 0) {
      runs.push([start, column - start]);
      start = -1;
    }
  }
  return runs;
}
