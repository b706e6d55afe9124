import fp from 'fastify-plugin';
import type { Db } from './database.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

/** Shares one database handle with every route; the caller owns opening and closing it. */
export const databasePlugin = fp<{ db: Db }>(
  async (app, options) => {
    app.decorate('db', options.db);
  },
  { name: 'jitu-database' },
);
