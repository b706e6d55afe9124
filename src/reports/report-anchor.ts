// Columns added to `reports` by migration 2026-12-04-0008-record-guards.

declare module '../db/schema.ts' {
  interface ReportsTable {
    /** Id of the last audit event when the report was issued; null on reports issued before anchoring. */
    anchor_event_id: number | null;
    /** Hash of that event, so deleting or rewriting it later is detectable. */
    anchor_hash: string | null;
  }
}

export {};
