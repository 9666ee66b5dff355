import { expect, type Page } from '@playwright/test';
import { documentTextSelector } from './workspace-actions';

export interface Point {
  x: number;
  y: number;
}

interface LineBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The arcs of one kind drawn over the text. */
export const arcs = (page: Page, kind: 'relation' | 'role') => page.locator(`svg[data-arc-layer] g.tw-arc--${kind}`);

/** The two ends of an arc's path on screen, and the first line box of each highlight it should join. */
export async function arcAndEnds(page: Page, arcId: string, from: string, to: string) {
  return page.evaluate(
    ({ arcId, from, to, selector }) => {
      const path = document.querySelector<SVGPathElement>(`[data-arc-id="${arcId}"] path`)!;
      const matrix = path.getScreenCTM()!;
      const at = (length: number): Point => {
        const p = path.getPointAtLength(length).matrixTransform(matrix);
        return { x: p.x, y: p.y };
      };
      const box = (id: string) => {
        const r = document.querySelector(`${selector} [data-annotation-id~="${id}"]`)!.getClientRects()[0]!;
        return { left: r.left, right: r.right, top: r.top };
      };
      return { start: at(0), end: at(path.getTotalLength()), from: box(from), to: box(to) };
    },
    { arcId, from, to, selector: documentTextSelector },
  );
}

export function expectOnTopOf(point: Point, box: { left: number; right: number; top: number }): void {
  expect(point.x).toBeGreaterThanOrEqual(box.left);
  expect(point.x).toBeLessThanOrEqual(box.right);
  expect(Math.abs(point.y - box.top)).toBeLessThan(2);
}

/**
 * The points of an arc's stroke (every pixel along it) that lie on the glyphs of a line of text:
 * inside a line box of the text's characters, more than a pixel in from its edges.
 */
export async function arcPointsOnText(page: Page, arcId: string): Promise<{ point: Point; line: LineBox }[]> {
  return page.evaluate(
    ({ arcId, selector }) => {
      const path = document.querySelector<SVGPathElement>(`[data-arc-id="${arcId}"] path`)!;
      const matrix = path.getScreenCTM()!;
      const lines: LineBox[] = [];
      const walker = document.createTreeWalker(document.querySelector(selector)!, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        range.selectNodeContents(node);
        for (const r of range.getClientRects())
          lines.push({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
      }
      const found: { point: Point; line: LineBox }[] = [];
      for (let length = 0; length <= path.getTotalLength(); length++) {
        const p = path.getPointAtLength(length).matrixTransform(matrix);
        const line = lines.find((l) => p.x > l.left + 1 && p.x < l.right - 1 && p.y > l.top + 1 && p.y < l.bottom - 1);
        if (line) found.push({ point: { x: p.x, y: p.y }, line });
      }
      return found;
    },
    { arcId, selector: documentTextSelector },
  );
}
