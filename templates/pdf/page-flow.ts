import type { PDFDocument, PDFPage } from 'pdf-lib';

/** A4 portrait in PDF points (1/72 inch). */
export const A4_SIZE: [number, number] = [595.28, 841.89];

export interface PageFrame {
  size: [number, number];
  marginLeft: number;
  marginRight: number;
  /** Lowest y that content may reach; the footer lives below it. */
  contentBottom: number;
}

/** Draws the parts repeated at the top of a page and returns the y below them. */
export type PageStarter = (page: PDFPage) => number;

/**
 * A cursor running down the pages of a document. Content asks for vertical
 * space first and the flow starts a new page, with its header, when the
 * current one has too little left.
 */
export class PageFlow {
  page: PDFPage;
  y: number;

  constructor(
    private readonly doc: PDFDocument,
    readonly frame: PageFrame,
    private readonly startPage: PageStarter,
  ) {
    this.page = doc.addPage(frame.size);
    this.y = startPage(this.page);
  }

  get left(): number {
    return this.frame.marginLeft;
  }

  get width(): number {
    return this.frame.size[0] - this.frame.marginLeft - this.frame.marginRight;
  }

  newPage(): void {
    this.page = this.doc.addPage(this.frame.size);
    this.y = this.startPage(this.page);
  }

  /** Starts a new page unless `height` points fit; returns true on a break. */
  ensureSpace(height: number): boolean {
    if (this.y - height >= this.frame.contentBottom) return false;
    this.newPage();
    return true;
  }

  moveDown(points: number): void {
    this.y -= points;
  }
}
