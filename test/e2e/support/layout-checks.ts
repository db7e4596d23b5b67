import type { Page } from 'playwright-core';

// Checks that run inside the page on what the user actually sees, at the window's real size.
// They are plain functions serialised into the page, so they close over nothing.

/**
 * Everything that would make the popover look broken: the page scrolling sideways, a control or
 * header item leaving the window, and a tab label, button or header item that wraps onto a second
 * line or is cut (its content wider than its box). Returns one line per problem.
 */
export function findLayoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const scroller of document.querySelectorAll<HTMLElement>('.task-scroller, .settings-screen, .sign-in-screen, .detail-scroll')) {
      if (scroller.scrollWidth > scroller.clientWidth) problems.push(`${scroller.className} scrolls sideways: ${scroller.scrollWidth} > ${scroller.clientWidth}`);
    }
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      return rect.width > 2 && rect.height > 2 && !el.closest('.visually-hidden');
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    /** The most lines any one text inside the element takes (distinct tops of its line boxes). */
    const lineCount = (el: Element) => {
      let most = 0;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        const tops = new Set<number>();
        for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top / 4));
        most = Math.max(most, tops.size);
      }
      return most;
    };
    const singleLine = '[role=tab], button, .app-header > *, .header-state, .tab-count, .chip, .filter-field span, .screen-head h2, .settings-section h2, label.field-check span, .group-header';
    for (const el of document.querySelectorAll(singleLine)) {
      if (!visible(el) || el.closest('.task-menu .menu-note') || el.classList.contains('task-open')) continue;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible') problems.push(`cut: ${name(el)} (${el.scrollWidth} > ${el.clientWidth})`);
      // Checkbox labels and long settings text may wrap; controls and headings may not.
      if (!el.matches('label.field-check span') && lineCount(el) > 1) problems.push(`wraps: ${name(el)}`);
    }
    for (const el of document.querySelectorAll('button, input, select, [role=tab], .app-header > *, .task-menu')) {
      if (!visible(el) || el.closest('.task-scroller, .settings-screen, .sign-in-screen')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.left < -0.5 || rect.right > window.innerWidth + 0.5 || rect.bottom > window.innerHeight + 0.5) problems.push(`outside the window: ${name(el)}`);
    }
    // Controls in the scrolling screens must fit their width (they may scroll vertically).
    for (const el of document.querySelectorAll('.task-scroller button, .settings-screen :is(button, input, select), .sign-in-screen :is(button, input, select)')) {
      if (!visible(el)) continue;
      const rect = el.getBoundingClientRect();
      if (rect.left < -0.5 || rect.right > window.innerWidth + 0.5) problems.push(`outside the window: ${name(el)}`);
    }
    return problems;
  });
}

/**
 * Contrast from computed styles: text against the background it sits on ≥ 4.5:1 (3:1 for large
 * text), input and select borders against their surroundings ≥ 3:1, and the selected row's marker
 * against the row ≥ 3:1. Disabled controls are exempt (WCAG 1.4.3). Returns one line per failure.
 */
export function findContrastProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const parse = (color: string): [number, number, number, number] | null => {
      const m = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/.exec(color);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
    };
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r!, g!, b!].map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
    };
    const ratio = (a: number[], b: number[]) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    /** The first opaque background at or above an element (the page's if none). */
    const backgroundOf = (el: Element | null): number[] => {
      for (let node = el; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg && bg[3] > 0.5) return bg.slice(0, 3);
      }
      return parse(getComputedStyle(document.body).backgroundColor)!.slice(0, 3);
    };
    const problems: string[] = [];
    const seen = new Set<string>();
    const report = (line: string) => {
      if (!seen.has(line)) problems.push(line);
      seen.add(line);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !(node.textContent ?? '').trim() || el.closest('.visually-hidden, :disabled, option, select')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width < 2 || rect.height < 2) continue;
      const style = getComputedStyle(el);
      const fg = parse(style.color)!;
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const value = ratio(fg, backgroundOf(el));
      if (value < (large ? 3 : 4.5)) report(`text ${value.toFixed(2)}:1 "${(node.textContent ?? '').trim().slice(0, 30)}" (${style.color})`);
    }
    for (const el of document.querySelectorAll('input:not([type=checkbox]):not(:disabled), select:not(:disabled)')) {
      const border = parse(getComputedStyle(el).borderTopColor)!;
      const value = ratio(border, backgroundOf(el.parentElement));
      if (value < 3) report(`border ${value.toFixed(2)}:1 on ${el.getAttribute('aria-label') ?? el.tagName}`);
    }
    for (const el of document.querySelectorAll('.task-row.selected')) {
      const marker = parse(getComputedStyle(el).borderLeftColor)!;
      const value = ratio(marker, backgroundOf(el));
      if (value < 3) report(`selected row marker ${value.toFixed(2)}:1`);
      const surface = backgroundOf(el.parentElement);
      const against = ratio(marker, surface);
      if (against < 3) report(`selected row marker against the surface ${against.toFixed(2)}:1`);
    }
    return problems;
  });
}
