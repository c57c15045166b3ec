import type { Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One failed accessibility rule, with the first elements it failed on. */
export interface Violation {
  rule: string;
  impact: string | null;
  help: string;
  elements: string[];
}

// WCAG 2.1 levels A and AA: labels, names, contrast, headings, landmarks, keyboard reachability.
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core (Deque's accessibility engine) in the page and returns the WCAG 2.1 AA rules the
 * page breaks. `exclude` takes CSS selectors of third-party regions the console does not draw
 * itself (GraphiQL's editor).
 */
export async function accessibilityViolations(page: Page, exclude: string[] = []): Promise<Violation[]> {
  // Evaluated through the debugging protocol, which the page's content security policy does not govern.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    async ({ tags, excluded }) => {
      const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const context = excluded.length > 0 ? { exclude: excluded.map((selector) => [selector]) } : undefined;
      const outcome = await axe.run(context ?? (globalThis as unknown as { document: unknown }).document, { runOnly: { type: 'tag', values: tags } });
      return outcome.violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        help: violation.help,
        elements: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
      }));
    },
    { tags: WCAG_AA, excluded: exclude },
  );
  return results;
}
