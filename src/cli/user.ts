import { parseArgs } from 'node:util';
import { generatePassword } from '../auth/passwords.ts';
import { isRole, ROLES, type Role } from '../auth/roles.ts';
import { createUser } from '../auth/users.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { UsageError, type Command } from './io.ts';

const USAGE = 'usage: jitu user add --username NAME --name "FULL NAME" --role ROLE [--role ROLE]; the password comes from JITU_NEW_PASSWORD or is generated and printed once';

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { username: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', multiple: true } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; ${USAGE}`);
  }
}

export const run: Command = async (args, io) => {
  const { values, positionals } = parse(args);
  if (positionals[0] !== 'add' || positionals.length > 1) throw new UsageError(USAGE);
  if (!values.username) throw new UsageError(`--username is missing; ${USAGE}`);
  if (!values.name) throw new UsageError(`--name is missing; ${USAGE}`);
  const roles = values.role ?? [];
  const unknown = roles.filter((role) => !isRole(role));
  if (roles.length === 0 || unknown.length) {
    throw new UsageError(`--role must be one of ${ROLES.join(', ')}${unknown.length ? `; got ${unknown.join(', ')}` : ''}`);
  }
  const given = io.env.JITU_NEW_PASSWORD;
  if (given !== undefined && given.length < 12) throw new UsageError('JITU_NEW_PASSWORD must have at least 12 characters');
  const password = given ?? generatePassword();
  const db = openDatabase(loadConfig(io.env, io.cwd).databaseFile);
  try {
    await migrateToLatest(db);
    const user = await createUser(db, { username: values.username, fullName: values.name, password, roles: roles as Role[] }, null);
    io.stdout.write(`created user ${user.username} (${user.roles.join(', ')})\n`);
    if (given === undefined) io.stdout.write(`password (shown only this once): ${password}\n`);
    return 0;
  } finally {
    await db.destroy();
  }
};
