import { sql, type RawBuilder } from 'kysely';

/** Makes `%`, `_` and the escape character match themselves in a LIKE pattern escaped by `\`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Matches `column` containing `text` literally, ignoring ASCII case as SQLite's LIKE does. */
export function containsText(column: string, text: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} like ${`%${escapeLike(text)}%`} escape '\\'`;
}
