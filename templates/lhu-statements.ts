import type { PageFlow } from './pdf/page-flow.ts';
import { flowParagraph } from './pdf/text-style.ts';
import type { BilingualText } from './lhu-data.ts';
import type { LhuContext } from './lhu-context.ts';
import {
  DECISION_RULE_KIND,
  FIELD,
  ITEMS_TESTED,
  kanStatement,
  NOT_ACCREDITED_NOTE,
  REPRODUCTION,
} from './lhu-phrases.ts';
import { isMarkedNotAccredited } from './lhu-results.ts';

/**
 * Draws the notes under the results: accreditation status, decision rule,
 * and the statements on the items tested and on reproduction.
 */
export function flowLhuStatements(flow: PageFlow, ctx: LhuContext): void {
  const accreditation = accreditationNote(ctx);
  if (accreditation !== null) flowBilingual(flow, ctx, accreditation);
  flowDecisionRule(flow, ctx);
  flowBilingual(flow, ctx, ITEMS_TESTED);
  flowBilingual(flow, ctx, REPRODUCTION);
}

/**
 * Returns the KAN statement when every row is accredited, the footnote for
 * marked rows when some are not, and null for a laboratory without a KAN
 * number, which makes no accreditation claim at all.
 * NOTE: the KAN symbol itself is not drawn, because its placement rules
 * (KAN U-03) and BPIPI's symbol licence are not yet confirmed.
 */
export function accreditationNote(ctx: LhuContext): BilingualText | null {
  const number = ctx.data.laboratory.kanAccreditationNumber;
  if (number === null) return null;
  const anyMarked = ctx.data.results.some((row) => isMarkedNotAccredited(ctx, row));
  return anyMarked ? NOT_ACCREDITED_NOTE : kanStatement(number);
}

function flowDecisionRule(flow: PageFlow, ctx: LhuContext): void {
  const { kind, statement } = ctx.data.decisionRule;
  const label = FIELD.decisionRule;
  const kindText = DECISION_RULE_KIND[kind];
  flowBilingual(flow, ctx, {
    id: `${label.id}: ${kindText.id}. ${statement.id}`,
    en: `${label.en}: ${kindText.en}. ${statement.en}`,
  });
}

function flowBilingual(flow: PageFlow, ctx: LhuContext, text: BilingualText): void {
  flowParagraph(flow, text.id, ctx.styles.small);
  flowParagraph(flow, text.en, ctx.styles.smallEnglish);
  flow.moveDown(3);
}
