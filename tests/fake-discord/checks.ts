import type { Path, Violation } from './errors.ts';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Discord counts characters as code points, not UTF-16 units. */
export const charCount = (text: string): number => [...text].length;

interface Bounds {
  min?: number;
  required?: boolean;
}

/** Accumulates form-body violations with Discord's error codes and wording. */
export class Checks {
  readonly violations: Violation[] = [];

  fail(path: Path, code: string, message: string): void {
    this.violations.push({ path, code, message });
  }

  required(path: Path): void {
    this.fail(path, 'BASE_TYPE_REQUIRED', 'This field is required');
  }

  /** Validates an optional string and returns its length so callers can sum totals (e.g. embed size). */
  text(value: unknown, path: Path, max: number, { min = 0, required = false }: Bounds = {}): number {
    if (value === undefined || value === null) {
      if (required) this.required(path);
      return 0;
    }
    if (typeof value !== 'string') {
      this.fail(path, 'BASE_TYPE_STRING', 'Could not interpret the value as string.');
      return 0;
    }
    const length = charCount(value);
    if (length > max || length < min) this.lengthError(path, min, max);
    return length;
  }

  /** Validates an optional array's length and returns its items (empty when absent or not an array). */
  list(value: unknown, path: Path, max: number, { min = 0, required = false }: Bounds = {}): unknown[] {
    if (value === undefined || value === null) {
      if (required) this.required(path);
      return [];
    }
    if (!Array.isArray(value)) {
      this.fail(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
      return [];
    }
    if (value.length > max || value.length < min) this.lengthError(path, min, max);
    return value;
  }

  object(value: unknown, path: Path): Json {
    if (isObject(value)) return value;
    this.fail(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    return {};
  }

  integer(value: unknown, path: Path, min: number, max: number): void {
    if (value === undefined || value === null) return;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.fail(path, 'NUMBER_TYPE_COERCE', `Value "${String(value)}" is not int.`);
    } else if (value < min || value > max) {
      this.fail(path, 'NUMBER_TYPE_MAX', `int value should be between ${min} and ${max}.`);
    }
  }

  /** Discord only accepts absolute http(s) URLs (plus attachment:// for embedded images). */
  url(value: unknown, path: Path, { max = 2048, required = false, attachments = false } = {}): void {
    if (this.text(value, path, max, { required }) === 0 || typeof value !== 'string') return;
    let scheme: string;
    try {
      scheme = new URL(value).protocol.slice(0, -1);
    } catch {
      this.fail(path, 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
      return;
    }
    const allowed = attachments ? ['http', 'https', 'attachment'] : ['http', 'https', 'discord'];
    if (!allowed.includes(scheme)) {
      this.fail(
        path,
        'URL_TYPE_INVALID_SCHEME',
        `Scheme "${scheme}" is not supported. Scheme must be one of (${allowed.join(', ')}).`,
      );
    }
  }

  private lengthError(path: Path, min: number, max: number): void {
    if (min > 0) this.fail(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
    else this.fail(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  }
}
