import type { AuditEvent } from '../db/schema.ts';

/** The figures a run.finish event recorded for the result it stored. */
export interface FinishedResult {
  eventId: number;
  runId: string;
  value: string;
  unit: string;
  uncertainty: string | null;
  verdict: string | null;
}

/** The identity and hash a report.issue or report.amend event recorded for a report. */
export interface IssuedReport {
  eventId: number;
  number: string;
  revision: number;
  sha256: string;
}

/**
 * The facts about results and reports that the audit trail holds, collected
 * while the chain is walked, so the records check needs no second pass.
 */
export class TrailFacts {
  readonly results = new Map<number, FinishedResult>();
  readonly reports = new Map<number, IssuedReport>();
  readonly superseded = new Set<number>();

  observe = (event: AuditEvent): void => {
    if (event.action === 'run.finish') this.#observeRun(event);
    else if (event.action === 'report.issue' || event.action === 'report.amend') this.#observeReport(event);
    else if (event.action === 'report.supersede') this.superseded.add(Number(event.entity_id));
  };

  #observeRun(event: AuditEvent): void {
    const after = parseJson(event.after);
    if (typeof after.resultId !== 'number') return;
    this.results.set(after.resultId, {
      eventId: event.id,
      runId: event.entity_id,
      value: String(after.value),
      unit: String(after.unit),
      uncertainty: (after.uncertainty as string | null | undefined) ?? null,
      verdict: (after.verdict as string | null | undefined) ?? null,
    });
  }

  #observeReport(event: AuditEvent): void {
    const after = parseJson(event.after);
    this.reports.set(Number(event.entity_id), {
      eventId: event.id,
      number: String(after.number),
      revision: Number(after.revision),
      sha256: String(after.sha256),
    });
  }
}

function parseJson(text: string | null): Record<string, unknown> {
  if (text === null) return {};
  const value: unknown = JSON.parse(text);
  return value !== null && typeof value === 'object' ? value as Record<string, unknown> : {};
}
