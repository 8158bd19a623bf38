/**
 * Accessibility checks with axe-core against WCAG 2.2 AA: every rule tagged for levels
 * A and AA of WCAG 2.0, 2.1 and 2.2. axe runs inside the page, so the page's context
 * must allow JavaScript: check a page's no-JavaScript rendering by what it shows.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';

export const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The WCAG 2.2 AA violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<Result[]> {
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`axe did not finish on ${page.url()}: is JavaScript disabled in this context?`)),
      60_000,
    );
  });
  try {
    const results = await Promise.race([
      new AxeBuilder({ page })
        // Only violations are reported back: much faster on long pages than every passing check.
        .options({ runOnly: { type: 'tag', values: wcag22aa }, resultTypes: ['violations'] })
        .analyze(),
      stalled,
    ]);
    return results.violations;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The violations as lines a person can act on, e.g.
 * `color-contrast: Elements must meet minimum color contrast ratio thresholds (#main a)`,
 * so a failing assertion says what and where.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const violations = await axeViolations(page);
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}) on ${page.url()}`,
  );
}
