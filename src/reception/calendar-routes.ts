import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { appendAuditEvent } from '../audit/chain.ts';
import { JituError } from '../errors.ts';
import { listedDaySchema } from './calendar/calendar-data.ts';
import { currentInstant } from './clock.ts';
import { listEnteredDays } from './lab-calendar.ts';
import { listOverdueRequests } from './overdue-requests.ts';

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/calendar/days', {
    config: { access: ['receiver', 'supervisor', 'technical_manager', 'admin'] },
    schema: { tags: ['reception'], summary: 'Holidays and cuti bersama entered by the laboratory, beside the shipped SKB data' },
  }, async () => listEnteredDays(app.db));

  app.post('/api/calendar/days', {
    config: { access: ['admin'] },
    schema: {
      tags: ['reception'],
      summary: 'Enter a cuti bersama, a national holiday, or a working day (hari_kerja) that overrides one',
      body: listedDaySchema,
    },
  }, async (request, reply) => {
    const day = request.body;
    const userId = request.user!.id;
    const existing = await app.db.selectFrom('calendar_days').select(['kind', 'name']).where('date', '=', day.date).executeTakeFirst();
    if (existing) {
      throw new JituError('CONFLICT', { detail: `${day.date} is already entered as ${existing.kind} "${existing.name}"` });
    }
    const id = await app.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('calendar_days')
        .values({ ...day, created_by: userId, created_at: currentInstant(app.config).toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAuditEvent(trx, { userId, action: 'calendar.day.add', entityType: 'calendar_day', entityId: row.id, after: day });
      return row.id;
    });
    return reply.status(201).send({ id });
  });

  app.get('/api/overdue', {
    config: { access: ['receiver', 'supervisor', 'technical_manager', 'admin'] },
    schema: { tags: ['reception'], summary: 'Requests past their due date with no report issued' },
  }, async () => listOverdueRequests(app.db, currentInstant(app.config)));
};
