import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * One line of the anchor file, written by every verification. A passed
 * verification records the chain head it verified: `id`, `hash` and the
 * event's own time `at`. A failed one records the problem and no head.
 */
export type AnchorLine =
  | { intact: true; verifiedAt: string; id: number; hash: string; at: string | null }
  | { intact: false; verifiedAt: string; events: number; problem: string };

export const ANCHOR_FILE_NAME = 'audit-anchors.jsonl';

export const anchorFilePath = (dataDir: string) => join(dataDir, ANCHOR_FILE_NAME);

export interface AnchorFile {
  path: string;
  lines: AnchorLine[];
  /** Line numbers (from 1) that are not a JSON anchor line. */
  unreadableLines: number[];
}

function parseLine(text: string): AnchorLine | null {
  try {
    const line = JSON.parse(text) as AnchorLine;
    if (typeof line.verifiedAt !== 'string') return null;
    if (line.intact === true && Number.isInteger(line.id) && typeof line.hash === 'string') return line;
    if (line.intact === false) return line;
  } catch {
    // Reported through unreadableLines below.
  }
  return null;
}

/** Reads the anchor file of a data folder; a missing file has no lines. */
export async function readAnchorFile(dataDir: string): Promise<AnchorFile> {
  const path = anchorFilePath(dataDir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path, lines: [], unreadableLines: [] };
    throw error;
  }
  const lines: AnchorLine[] = [];
  const unreadableLines: number[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const line = parseLine(raw);
    if (line) lines.push(line);
    else unreadableLines.push(index + 1);
  });
  return { path, lines, unreadableLines };
}

/** Appends one line, creating the data folder and the file when needed. */
export async function appendAnchorLine(dataDir: string, line: AnchorLine): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  await appendFile(anchorFilePath(dataDir), `${JSON.stringify(line)}\n`, 'utf8');
}
