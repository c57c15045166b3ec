/** One CSV field (RFC 4180): quoted when it holds a quote, comma or line break. */
export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
