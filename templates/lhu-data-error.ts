/**
 * LHU data the renderer cannot print. `field` is the path into `LhuData`,
 * such as `samples[0].description`. It extends RangeError so callers that
 * catch RangeError keep working.
 */
export class LhuDataError extends RangeError {
  override name = 'LhuDataError';
  readonly field: string;
  readonly problem: string;

  constructor(field: string, problem: string) {
    super(`invalid LHU data: ${field}: ${problem}`);
    this.field = field;
    this.problem = problem;
  }
}
