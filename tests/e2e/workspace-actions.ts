import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { ProjectService } from '../../main/service/project-service';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { Annotation, TagwrightDocument } from '../../shared/model';
import { expect, seedsDir, type Workbench } from './harness';

/** The element holding the document's text inside the workspace's document pane. */
export const documentTextSelector = '[data-document-pane] .ProseMirror';

/**
 * Sends one of main's events (a menu command, a change on disk) once the page can hear it. The
 * page subscribes as it mounts, before it shows anything but "Loading…": an event sent sooner (right
 * after a load or a reload, on a busy machine) reaches no listener and is lost.
 */
export async function sendMainEvent<K extends EventName>(
  workbench: Pick<Workbench, 'page' | 'service'>,
  event: K,
  payload: EventPayload<K>,
): Promise<void> {
  await expect(workbench.page.getByRole('main').filter({ hasNotText: 'Loading…' })).toBeVisible();
  workbench.service.events.emit(event, payload);
}

/** Opens a document by clicking its title in the document list and waits for its heading. */
export async function openDocumentByTitle(page: Page, title: string): Promise<void> {
  await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
}

/**
 * Opens a document from the list by keyboard alone: Tab into the list, arrows to its title, Enter;
 * the caret then stands at the start of its text.
 */
export async function openDocumentByKeyboard(page: Page, title: string): Promise<void> {
  const list = page.getByRole('list', { name: 'Documents' });
  const button = list.getByRole('button', { name: title, exact: true });
  const focusIn = (where: Locator) => where.evaluate((e) => e.contains(document.activeElement));
  for (let i = 0; i < 40 && !(await focusIn(list)); i++) await page.keyboard.press('Tab');
  for (let i = 0; i < 10 && !(await focusIn(button)); i++) await page.keyboard.press('ArrowDown');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Document text' })).toBeFocused();
}

/** Opens the project's first document (in the sample, the one about landmine maps) and returns it as saved. */
export async function openFirstDocument(
  workbench: Pick<Workbench, 'page' | 'savedProject'>,
): Promise<TagwrightDocument> {
  const document = (await workbench.savedProject()).documents[0]!;
  await openDocumentByTitle(workbench.page, document.title);
  return document;
}

/** The annotations in the project file as it is on disk now. */
export async function savedAnnotations(workbench: Pick<Workbench, 'savedProject'>): Promise<Annotation[]> {
  return (await workbench.savedProject()).annotations;
}

interface CharBoxes {
  first: { left: number; right: number; top: number; bottom: number };
  last: { left: number; right: number; top: number; bottom: number };
  /** The passage runs right to left (Arabic, Hebrew): it starts at its first character's right edge. */
  rtl: boolean;
}

/** Screen boxes of the first and last character of the n-th occurrence of `quote` in the shown text. */
async function quoteBoxes(page: Page, quote: string, occurrence: number): Promise<CharBoxes> {
  const boxes = await page.evaluate(
    ({ selector, quote, occurrence }) => {
      const root = document.querySelector(selector);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; at: number }[] = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, at: text.length });
        text += (n as Text).data;
      }
      let index = -1;
      for (let i = 0; i <= occurrence; i++) index = text.indexOf(quote, index + 1);
      if (index < 0) return null;
      const charRect = (offset: number) => {
        const hit = nodes.findLast((x) => x.at <= offset)!;
        const range = document.createRange();
        range.setStart(hit.node, offset - hit.at);
        range.setEnd(hit.node, offset - hit.at + 1);
        return range.getClientRects()[0]!;
      };
      // Into view first: a passage below the fold has no point on screen for the mouse to reach.
      nodes.findLast((x) => x.at <= index)!.node.parentElement!.scrollIntoView({ block: 'center' });
      const first = charRect(index);
      const last = charRect(index + quote.length - 1);
      const startNode = nodes.findLast((x) => x.at <= index)!.node;
      // On one line the boxes say it (an Arabic word inside an English line runs right to left);
      // across lines, the line's direction.
      const sameLine = Math.abs(first.top - last.top) < 2 && quote.length > 1;
      return {
        first: { left: first.left, right: first.right, top: first.top, bottom: first.bottom },
        last: { left: last.left, right: last.right, top: last.top, bottom: last.bottom },
        rtl: sameLine ? first.left > last.left : getComputedStyle(startNode.parentElement!).direction === 'rtl',
      };
    },
    { selector: documentTextSelector, quote, occurrence },
  );
  if (!boxes) throw new Error(`"${quote}" is not in the document view`);
  return boxes;
}

/**
 * Selects a passage with a real mouse drag, from its first character's starting edge to its last
 * one's ending edge: left to right, or right to left in a right-to-left line.
 */
export async function selectByMouse(page: Page, quote: string, occurrence = 0): Promise<void> {
  const { first, last, rtl } = await quoteBoxes(page, quote, occurrence);
  const from = rtl ? first.right - 1 : first.left + 1;
  const to = rtl ? last.left + 1 : last.right - 1;
  await page.mouse.move(from, (first.top + first.bottom) / 2);
  await page.mouse.down();
  await page.mouse.move((from + to) / 2, (last.top + last.bottom) / 2, { steps: 4 });
  await page.mouse.move(to, (last.top + last.bottom) / 2, { steps: 4 });
  await page.mouse.up();
}

/** Clicks inside a passage (its middle character), as a user picking a highlight. */
export async function clickInside(page: Page, quote: string, occurrence = 0): Promise<void> {
  const { first, last } = await quoteBoxes(page, quote, occurrence);
  const sameLine = Math.abs(first.top - last.top) < 2;
  const x = sameLine ? (first.left + last.right) / 2 : first.left + 2;
  await page.mouse.click(x, (first.top + first.bottom) / 2);
}

/** The text an annotation's highlight covers on the page: its segments' text, in document order. */
export async function highlightedText(page: Page, annotationId: string): Promise<string> {
  return page.evaluate(
    ({ selector, id }) =>
      [...document.querySelectorAll(`${selector} [data-annotation-id~="${id}"]`)].map((e) => e.textContent).join(''),
    { selector: documentTextSelector, id: annotationId },
  );
}

/**
 * The labels drawn on the highlight segments of an annotation (innermost first per segment). A
 * suggestion's edge cuts a segment into two elements side by side with the same annotations:
 * those count as one segment.
 */
export async function highlightLabels(page: Page, annotationId: string): Promise<string[]> {
  return page.evaluate(
    ({ selector, id }) =>
      [...document.querySelectorAll<HTMLElement>(`${selector} [data-annotation-id~="${id}"]`)]
        .filter((e) => {
          const before = e.previousSibling;
          return !(before instanceof HTMLElement && before.dataset.annotationId === e.dataset.annotationId);
        })
        .map((e) => e.dataset.label ?? ''),
    { selector: documentTextSelector, id: annotationId },
  );
}

/** The annotations panel's rows. */
export const annotationRows = (page: Page) =>
  page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem');

/** Labels a passage as a user does: a mouse selection, then a label key; waits for its new row in the panel. */
export async function labelPassage(page: Page, quote: string, key: string): Promise<void> {
  const before = await annotationRows(page).count();
  await selectByMouse(page, quote);
  await page.keyboard.press(key);
  await expect(annotationRows(page)).toHaveCount(before + 1);
}

/** Code-point offsets of the first `quote` in `text`: what the exports (brat, JSONL, CSV) should write. */
export function codePointSpan(text: string, quote: string): [number, number] {
  const at = text.indexOf(quote);
  const start = [...text.slice(0, at)].length;
  return [start, start + [...quote].length];
}

/** The export dialog, wherever it was opened from. */
export const exportDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Export corpus' });

/** Opens the export dialog from the project toolbar and returns it once it shows. */
export async function openExportDialog(page: Page): Promise<Locator> {
  await page.getByRole('toolbar', { name: 'Project' }).getByRole('button', { name: 'Export…' }).click();
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Selects a passage with the keyboard: a click before its first character, then Shift+ArrowRight over it. */
export async function selectByKeyboard(page: Page, quote: string, occurrence = 0): Promise<void> {
  const { first } = await quoteBoxes(page, quote, occurrence);
  await page.mouse.click(first.left + 1, (first.top + first.bottom) / 2);
  for (let i = 0; i < quote.length; i++) await page.keyboard.press('Shift+ArrowRight');
}

/**
 * Closes the workbench's project, lets another Tagwright (a second service) open it for editing,
 * and reopens it here read-only through the "in use" dialog; runs `body`, then lets the other go.
 */
export async function whileAnotherTagwrightHoldsIt(workbench: Workbench, body: () => Promise<void>): Promise<void> {
  const { page } = workbench;
  const path = workbench.projectPath!;
  await page.getByRole('button', { name: 'Close project' }).click();
  // The close has released the lock once the welcome screen lists the project again.
  const recent = page.getByRole('list', { name: 'Recent projects' }).getByRole('button').first();
  await expect(recent).toBeVisible();
  await expect.poll(() => workbench.service.projectPath).toBeNull();
  const other = await ProjectService.create({
    userDataDir: join(workbench.tempDir, 'other'),
    seedsDir,
    annotator: 'x',
  });
  await other.openProject(path);
  try {
    await recent.click();
    const dialog = page.getByRole('dialog', { name: 'This project is in use' });
    await dialog.getByRole('button', { name: 'Open read-only' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toContainText('Read-only');
    await body();
  } finally {
    await other.closeProject();
  }
}
