import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { renderLabelsPdf } from '../../../templates/label.ts';
import { renderLabelsZpl } from '../../../templates/label-zpl.ts';
import { invalidInput } from '../../errors.ts';
import { currentInstant } from '../clock.ts';
import { idParams } from '../schemas.ts';
import { requestLabels, sampleLabels, type LabelSet } from './label-set.ts';
import { logLabelPrint } from './print-log.ts';

const LABEL_ROLES = ['receiver', 'analyst', 'supervisor', 'admin'] as const;

const labelQuery = z.object({
  widthMm: z.coerce.number().int().min(20).max(200).default(50),
  heightMm: z.coerce.number().int().min(10).max(200).default(25),
  /** Printer resolution for ZPL: 8 dots/mm is 203 dpi, 12 is 300 dpi, 24 is 600 dpi. */
  dotsPerMm: z.coerce.number().pipe(z.union([z.literal(8), z.literal(12), z.literal(24)])).default(8),
  reason: z.string().trim().min(3).max(500).optional(),
});
type LabelQuery = z.infer<typeof labelQuery>;

async function render(set: LabelSet, format: 'pdf' | 'zpl', query: LabelQuery): Promise<Uint8Array | string> {
  const stock = { widthMm: query.widthMm, heightMm: query.heightMm, dotsPerMm: query.dotsPerMm };
  try {
    return format === 'pdf' ? await renderLabelsPdf(set.labels, stock) : renderLabelsZpl(set.labels, stock);
  } catch (error) {
    if (error instanceof RangeError) throw invalidInput('widthMm', error.message);
    throw error;
  }
}

export const labelRoutes: FastifyPluginAsyncZod = async (app) => {
  const routes = [
    { path: '/api/requests/:id/labels', load: requestLabels, scope: 'request' },
    { path: '/api/samples/:id/labels', load: sampleLabels, scope: 'sample' },
  ] as const;

  for (const route of routes) {
    for (const format of ['pdf', 'zpl'] as const) {
      app.get(`${route.path}.${format}`, {
        config: { access: LABEL_ROLES },
        schema: {
          tags: ['reception'],
          summary: `Labels of the ${route.scope} as ${format.toUpperCase()}; a reprint needs ?reason=`,
          params: idParams,
          querystring: labelQuery,
        },
      }, async (request, reply) => {
        const set = await route.load(app.db, request.params.id);
        if (set.labels.length === 0) throw invalidInput('id', `${route.scope} ${request.params.id} has no sample to label`);
        const body = await render(set, format, request.query);
        const print = {
          requestId: set.requestId,
          sampleId: route.scope === 'sample' ? request.params.id : null,
          format,
          codes: set.labels.map((label) => label.code),
          widthMm: request.query.widthMm,
          heightMm: request.query.heightMm,
          reason: request.query.reason,
        };
        await logLabelPrint(app.db, print, request.user!.id, currentInstant(app.config));
        const type = format === 'pdf' ? 'application/pdf' : 'application/zpl; charset=utf-8';
        return reply.type(type).send(format === 'pdf' ? Buffer.from(body as Uint8Array) : body);
      });
    }
  }
};
