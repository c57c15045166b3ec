import type { FieldError } from './errors.js';

/**
 * Small checks shared by every input validator. Each pushes a FieldError naming the field path
 * (such as `input[3].email`) and the reason, so GraphQL and file imports report alike.
 */
export class FieldChecker {
  readonly errors: FieldError[] = [];

  constructor(private readonly path: string) {}

  private field(name: string): string {
    return this.path ? `${this.path}.${name}` : name;
  }

  fail(name: string, message: string): void {
    this.errors.push({ field: this.field(name), message });
  }

  requiredText(name: string, value: unknown, maxLength = 200): void {
    if (typeof value !== 'string' || value.trim().length === 0) this.fail(name, 'is required');
    else if (value.length > maxLength) this.fail(name, `must be at most ${maxLength} characters`);
  }

  optionalText(name: string, value: unknown, maxLength = 500): void {
    if (value === undefined || value === null) return;
    if (typeof value !== 'string') this.fail(name, 'must be text');
    else if (value.length > maxLength) this.fail(name, `must be at most ${maxLength} characters`);
  }

  email(name: string, value: unknown): void {
    if (value === undefined || value === null || value === '') return;
    if (typeof value !== 'string' || value.length > 320 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
      this.fail(name, 'is not a valid email address');
    }
  }

  phone(name: string, value: unknown): void {
    if (value === undefined || value === null || value === '') return;
    if (typeof value !== 'string' || !/^\+?[0-9 ()./-]{3,40}$/.test(value)) this.fail(name, 'is not a valid phone number');
  }

  integer(name: string, value: unknown, min: number, max: number, required = false): void {
    if (value === undefined || value === null) {
      if (required) this.fail(name, 'is required');
      return;
    }
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.fail(name, `must be a whole number from ${min} to ${max}`);
    }
  }

  decimal(name: string, value: unknown, { required = false, min }: { required?: boolean; min?: number } = {}): void {
    if (value === undefined || value === null) {
      if (required) this.fail(name, 'is required');
      return;
    }
    const number = Number(value);
    if ((typeof value !== 'string' && typeof value !== 'number') || !Number.isFinite(number) || !/^-?\d{1,12}(\.\d{1,2})?$/.test(String(value))) {
      this.fail(name, 'must be a number with at most 12 integer digits and 2 decimals');
    } else if (min !== undefined && number < min) {
      this.fail(name, `must be at least ${min}`);
    }
  }

  date(name: string, value: unknown, required = false): void {
    if (value === undefined || value === null) {
      if (required) this.fail(name, 'is required');
      return;
    }
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) this.fail(name, 'is not a valid date-time');
    else if (value.getUTCFullYear() < 1900 || value.getUTCFullYear() > 2200) this.fail(name, 'must be between the years 1900 and 2200');
  }

  oneOf(name: string, value: unknown, allowed: readonly string[], required = false): void {
    if (value === undefined || value === null) {
      if (required) this.fail(name, 'is required');
      return;
    }
    if (typeof value !== 'string' || !allowed.includes(value)) this.fail(name, `must be one of ${allowed.join(', ')}`);
  }

  currency(name: string, value: unknown, required = false): void {
    if (value === undefined || value === null) {
      if (required) this.fail(name, 'is required');
      return;
    }
    if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value)) this.fail(name, 'must be a three-letter ISO 4217 code such as USD');
  }

  key(name: string, value: unknown): void {
    if (typeof value !== 'string' || !/^[a-z0-9][a-z0-9_.:-]{0,99}$/.test(value)) {
      this.fail(name, 'must be 1 to 100 lowercase letters, digits, or _ . : - characters, starting with a letter or digit');
    }
  }

  uuid(name: string, value: unknown, required = false): void {
    if (value === undefined || value === null) {
      if (required) this.fail(name, 'is required');
      return;
    }
    if (typeof value !== 'string' || !isUuid(value)) this.fail(name, 'is not a valid id');
  }
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** Reports entries of a batch that repeat the key of an earlier entry. */
export function duplicateKeys(path: string, keys: (string | undefined)[], field: string): FieldError[] {
  const seen = new Map<string, number>();
  const errors: FieldError[] = [];
  keys.forEach((key, index) => {
    if (key === undefined) return;
    const earlier = seen.get(key);
    if (earlier !== undefined) errors.push({ field: `${path}[${index}].${field}`, message: `repeats ${path}[${earlier}].${field} "${key}"` });
    else seen.set(key, index);
  });
  return errors;
}

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
