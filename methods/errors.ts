/** Why an input was rejected; stable codes that callers may map to their own wording. */
export type MethodInputCode =
  | 'invalid-input'
  | 'missing'
  | 'not-a-number'
  | 'zero'
  | 'negative'
  | 'out-of-range'
  | 'specimen-count'
  | 'unknown-option';

/**
 * Thrown when the input of a calculation is unusable. `field` is the path of
 * the offending input, such as `specimens[1].massAfter`, and the message says
 * what was found and how to fix it.
 */
export class MethodInputError extends Error {
  override name = 'MethodInputError';

  constructor(
    readonly code: MethodInputCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Thrown when the inputs are well formed but a validity check of the method
 * fails, so the run must be repeated, e.g. a reference rubber outside its
 * window. `check` names the check and `figures` holds the figures it judged.
 */
export class MethodCheckError extends MethodInputError {
  override name = 'MethodCheckError';

  constructor(
    readonly check: string,
    field: string,
    message: string,
    readonly figures: Record<string, string>,
  ) {
    super('out-of-range', field, message);
  }
}
