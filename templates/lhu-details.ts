import type { PageFlow } from './pdf/page-flow.ts';
import { flowParagraph } from './pdf/text-style.ts';
import type { LhuSample } from './lhu-data.ts';
import type { LhuContext } from './lhu-context.ts';
import { flowField } from './lhu-fields.ts';
import { amendmentLine, FIELD } from './lhu-phrases.ts';

/** Draws customer, request, dates, revision and the description of each sample. */
export function flowLhuDetails(flow: PageFlow, ctx: LhuContext): void {
  const { data } = ctx;
  flowField(flow, ctx, FIELD.customer, data.customer.name, ctx.styles.bold);
  flowField(flow, ctx, FIELD.address, data.customer.address);
  flowField(flow, ctx, FIELD.requestNumber, data.requestNumber);
  flowField(flow, ctx, FIELD.testingDates, `${data.testing.start} s.d. / to ${data.testing.end}`);
  flowField(flow, ctx, FIELD.issueDate, data.issueDate);
  flowField(flow, ctx, FIELD.revision, String(data.revision));
  flowAmendment(flow, ctx);

  for (const sample of data.samples) {
    flow.moveDown(4);
    flowSample(flow, ctx, sample);
  }
  flow.moveDown(4);
  flowField(flow, ctx, FIELD.conditioning, data.conditioningAtmosphere);
}

function flowAmendment(flow: PageFlow, ctx: LhuContext): void {
  const { amendment, revision } = ctx.data;
  if (amendment === null) return;
  const line = amendmentLine(revision, amendment.replacesReportNumber, amendment.reason);
  flow.moveDown(2);
  flowParagraph(flow, line.id, ctx.styles.bold);
  flowParagraph(flow, line.en, { ...ctx.styles.english, font: ctx.fonts.bold });
  flow.moveDown(2);
}

function flowSample(flow: PageFlow, ctx: LhuContext, sample: LhuSample): void {
  flowField(flow, ctx, FIELD.sample, sample.code, ctx.styles.bold);
  flowField(flow, ctx, FIELD.description, sample.description);
  const optional = [
    [FIELD.brandModel, sample.brandModel],
    [FIELD.size, sample.size],
    [FIELD.colour, sample.colour],
    [FIELD.material, sample.material],
  ] as const;
  for (const [label, value] of optional) {
    if (value !== null) flowField(flow, ctx, label, value);
  }
  flowField(flow, ctx, FIELD.receivedDate, sample.receivedDate);
  flowField(flow, ctx, FIELD.condition, sample.condition);
}
