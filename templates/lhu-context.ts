import type { FontSet } from './pdf/fonts.ts';
import { A4_SIZE, type PageFrame } from './pdf/page-flow.ts';
import { GREY, type TextStyle } from './pdf/text-style.ts';
import type { LhuData } from './lhu-data.ts';

export interface LhuStyles {
  body: TextStyle;
  bold: TextStyle;
  english: TextStyle;
  small: TextStyle;
  smallEnglish: TextStyle;
  heading: TextStyle;
  title: TextStyle;
}

/** What every part of the LHU layout needs besides the page it draws on. */
export interface LhuContext {
  data: LhuData;
  fonts: FontSet;
  styles: LhuStyles;
}

export const LHU_FRAME: PageFrame = {
  size: A4_SIZE,
  marginLeft: 48,
  marginRight: 48,
  contentBottom: 64,
};

/** Baseline of the page footer ("Halaman x dari y"). */
export const FOOTER_Y = 36;

export function createStyles(fonts: FontSet): LhuStyles {
  return {
    body: { font: fonts.regular, size: 8.5 },
    bold: { font: fonts.bold, size: 8.5 },
    english: { font: fonts.italic, size: 8.5, color: GREY },
    small: { font: fonts.regular, size: 7.5 },
    smallEnglish: { font: fonts.italic, size: 7.5, color: GREY },
    heading: { font: fonts.bold, size: 9.5 },
    title: { font: fonts.bold, size: 13 },
  };
}
