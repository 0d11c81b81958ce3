// Shared steps for the browser tests.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The docked read-aloud bar, a button in it by its exact name, and the sentence being read. */
export const listenBar = (page: Page) => page.getByRole('region', { name: '읽어 주기' });
export const listenButton = (page: Page, name: string) =>
  listenBar(page).getByRole('button', { name, exact: true });
export const reading = (page: Page) => page.locator('.is-reading');

/** What the voice is given for the title. */
export const TITLE_SAID =
  '크리스, 일본 산업기술종합연구소(에이아이에스티)와 측정표준 및 양자기술 분야 협력 확대';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Zero violations for the WCAG 2.x A/AA and best-practice tags, plus any extra rules named
 * (e.g. 'color-contrast-enhanced' for the high-contrast theme), each run on its own. */
export async function expectNoAxeViolations(page: Page, extraRules: string[] = []): Promise<void> {
  // axe refuses two runs at once on the same page, so they go one after the other.
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (extraRules.length) {
    violations.push(...(await new AxeBuilder({ page }).withRules(extraRules).analyze()).violations);
  }
  const summary = violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** Opens the app and waits until the article is on screen. */
export async function openReader(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Elements whose content is cut off (overflow hidden/clip and content larger than the box),
 * controls that stick out of the viewport, and a page wider than the viewport. */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''}`;
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) {
      problems.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('.sr-only, [hidden], .line-focus')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const clips = (v: string) => v === 'hidden' || v === 'clip';
      if (
        (clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
        (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
      ) {
        problems.push(`clipped: ${name(el)}`);
      }
      if (el.matches('button, a, input, select, label, summary')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.left < -1 || r.right > doc.clientWidth + 1)) {
          problems.push(`out of view: ${name(el)} ${Math.round(r.left)}..${Math.round(r.right)}`);
        }
      }
    }
    return problems;
  });
}

/** Consecutive blocks of the article (and the boxes of each control group) must not overlap. */
export async function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const groups = [
      '.article-header > *',
      '.article-body > *',
      '.byline-item',
      '.toolbar > *',
      // (the sheet's sticky head scrolls over its content by design)
      '.panel > *:not([hidden]):not(.panel-head)',
      '.glossary-entry > *',
    ];
    for (const sel of groups) {
      const boxes = [...document.querySelectorAll<HTMLElement>(sel)]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0);
      boxes.forEach(({ r: a }, i) => {
        boxes.slice(i + 1).forEach(({ r: b }, k) => {
          const j = i + 1 + k;
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 1 && y > 1) out.push(`${sel}: #${i} overlaps #${j}`);
        });
      });
    }
    return out;
  });
}

/** The reading position the app saved in IndexedDB (block id), or null. */
export async function savedReadingBlock(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const open = indexedDB.open('nuri-reader');
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('progress').objectStore('progress').getAll();
          get.onsuccess = () => {
            const [record] = get.result as { readingBlockId: string | null }[];
            db.close();
            resolve(record?.readingBlockId ?? null);
          };
        };
      }),
  );
}

/** Opens the "글자 설정" panel (or "Text settings") if it is closed. */
export async function openSettings(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /^(글자 설정|Text settings)$/ });
  const panel = page.locator('#settings-panel');
  if (!(await panel.isVisible())) await toggle.click();
  await expect(panel).toBeVisible();
}

/** Waits until the service worker controls the page and the app says it works offline. */
export async function waitUntilOfflineReady(page: Page): Promise<void> {
  await expect(page.getByText(/오프라인에서 읽을 수 있음|Available offline/).first()).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) =>
        navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
      );
    }
  });
}

/** Records every message the app's polite live region shows, so a test can check what a
 * screen reader was told even after the next message replaced it. Call before navigating. */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const said: string[] = [];
    let last = '';
    (window as unknown as { __announced: string[] }).__announced = said;
    new MutationObserver(() => {
      const text = document.querySelector('.site-footer [role="status"]')?.textContent ?? '';
      if (text === last) return;
      last = text;
      if (text) said.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** Waits until the live region has said `message` (see recordAnnouncements). */
export async function expectAnnounced(page: Page, message: string | RegExp): Promise<void> {
  await expect
    .poll(
      async () => {
        const said = await page.evaluate(
          () => (window as unknown as { __announced?: string[] }).__announced ?? [],
        );
        return said.some((s) => (typeof message === 'string' ? s === message : message.test(s)));
      },
      `the live region says ${String(message)}`,
    )
    .toBe(true);
}

/** Selects the text of the element `selector` matches, as a long press or a drag would. */
export async function selectText(page: Page, selector: string): Promise<void> {
  await page.locator(selector).evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  });
}

/**
 * Words broken across two lines. A word is a run of characters between spaces (a Korean eojeol
 * such as "KRISS의" or "(AIST)와", an English word); each character's box is measured
 * (Range.getClientRects) and a run whose characters sit on two different lines is reported,
 * unless the break follows a hyphen, dash or slash (the join of two words: "KRISS-NMIJ") or
 * comes before an opening bracket ("전환 / (DX)과": the gloss starts a unit of its own; a line
 * never ends with the bracket). A run wider than its whole line must break somewhere: those
 * are returned apart, as `tooLong`, for the test to list.
 * Only text on screen counts (not .sr-only, not hidden).
 */
export async function brokenWords(
  page: Page,
  root = 'body',
): Promise<{ broken: string[]; tooLong: string[] }> {
  return page.evaluate((rootSel) => {
    const broken = new Set<string>();
    const tooLong = new Set<string>();
    const root = document.querySelector(rootSel);
    if (!root) return { broken: [], tooLong: [] };
    /** The box that lays out the text's lines: the nearest ancestor that is not inline. */
    const blockOf = (n: Node): Element => {
      let el = n.parentElement;
      while (el && getComputedStyle(el).display === 'inline') el = el.parentElement;
      return el ?? document.body;
    };
    type Ch = { c: string; r: DOMRect; block: Element };
    let run: Ch[] = [];
    const range = document.createRange();
    const sameLine = (a: DOMRect, b: DOMRect) => !(a.bottom <= b.top + 1 || b.bottom <= a.top + 1);
    const flush = () => {
      if (run.length > 1) {
        const word = run.map((x) => x.c).join('');
        for (const [i, b] of run.entries()) {
          const a = run[i - 1];
          if (!a) continue;
          // A hyphen, dash or slash joins two words; an opening bracket starts a gloss of its own
          // ("전환 / (DX)과"). A line never ends with the bracket itself (a|b with a = "(").
          if (sameLine(a.r, b.r) || /[-‐–—/]/.test(a.c) || /[([{]/.test(b.c)) continue;
          const block = a.block;
          const cs = getComputedStyle(block);
          const lineWidth =
            block.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
          const width = run.reduce((w, x) => w + x.r.width, 0);
          const where = `${block.tagName.toLowerCase()}.${block.classList[0] ?? ''}`;
          if (width > lineWidth) tooLong.add(word);
          else broken.add(`${word} (${a.c}|${b.c}) [${where}]`);
        }
      }
      run = [];
    };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let lastBlock: Element | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n as Text;
      const parent = text.parentElement;
      if (!parent || parent.closest('.sr-only, [hidden], script, style')) continue;
      const block = blockOf(text);
      if (block !== lastBlock) flush();
      lastBlock = block;
      for (const [i, c] of text.data.split('').entries()) {
        if (/\s/.test(c)) {
          flush();
          continue;
        }
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const r = range.getClientRects()[0];
        if (!r || r.width === 0) continue;
        run.push({ c, r, block });
      }
    }
    flush();
    return { broken: [...broken], tooLong: [...tooLong] };
  }, root);
}

/** What makes a page scroll sideways: the page wider than the viewport, and any element whose
 * box reaches past the right or left edge (only what is on screen; none scrolls by design). */
export async function sticksOut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = innerWidth;
    const out: string[] = [];
    const scroller = document.scrollingElement ?? document.documentElement;
    if (scroller.scrollWidth > w) out.push(`page ${scroller.scrollWidth}px wide`);
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('.sr-only, [hidden]')) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && (r.right > w + 1 || r.left < -1)) {
        const cls = typeof el.className === 'string' && el.className ? `.${el.className}` : '';
        out.push(
          `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${cls} ${Math.round(r.left)}..${Math.round(r.right)} (${el.textContent.slice(0, 20)})`,
        );
      }
    }
    return out.slice(0, 8);
  });
}
