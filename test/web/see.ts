import type { Locator } from 'playwright-core';

/** Playwright's web-first assertions without @playwright/test: polls until true or the timeout. */
export function see(locator: Locator) {
  return webExpect(locator, false);
}
function webExpect(locator: Locator, negate: boolean) {
  return {
    get not() {
      return webExpect(locator, !negate);
    },
    toHaveText: (text: string | RegExp) =>
      poll(locator, negate, `text ${text}`, async () => matches((await textOf(locator)).trim(), text)),
    toContainText: (text: string | RegExp) =>
      poll(locator, negate, `text containing ${text}`, async () =>
        matches(await textOf(locator), text, true),
      ),
    toHaveValue: (value: string | RegExp) =>
      poll(locator, negate, `value ${value}`, async () => matches(await locator.inputValue(), value)),
    toHaveAttribute: (name: string, value: string | RegExp) =>
      poll(locator, negate, `attribute ${name}=${value}`, async () =>
        matches((await locator.getAttribute(name)) ?? '', value, true),
      ),
    toHaveCount: (count: number) =>
      poll(locator, negate, `count ${count}`, async () => (await locator.count()) === count),
    toBeVisible: () => poll(locator, negate, 'visible', () => locator.first().isVisible()),
  };
}

/** The text as shown; an SVG element (a chart's label) has no innerText, so its textContent. */
async function textOf(locator: Locator, timeout?: number): Promise<string> {
  const namespace = await locator.evaluate(
    (el) => (el as { namespaceURI: string | null }).namespaceURI,
    undefined,
    { timeout },
  );
  if (namespace === 'http://www.w3.org/2000/svg') return (await locator.textContent({ timeout })) ?? '';
  return locator.innerText({ timeout });
}

function matches(actual: string, expected: string | RegExp, contains = false): boolean {
  if (expected instanceof RegExp) return expected.test(actual);
  return contains ? actual.includes(expected) : actual === expected;
}

async function poll(
  locator: Locator,
  negate: boolean,
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      if ((await probe()) !== negate) return;
      last = await textOf(locator.first(), 500).catch(() => '(no text)');
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `expected ${locator} ${negate ? 'not ' : ''}to have ${what}; last seen: ${last.slice(0, 500)}`,
  );
}
