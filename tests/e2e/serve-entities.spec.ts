import type { Page } from '@playwright/test';
import type { Project } from '../../shared/model';
import { expectNoSeriousViolationsInBothThemes } from './axe-findings';
import { expect, test, type ServeWorkbench } from './serve-harness';

// The user story of entities, keyboard only, through `tagwright serve`: "Aykhan Hajizada",
// "Hajizada" and "the spokesperson" in three documents linked to one actor entity, then every
// mention seen in the Entities view; the project file checked, and undo.

const BRIEFING_TITLE = 'Ministry briefing';
const BRIEFING = `${BRIEFING_TITLE}\n\nAsked about the maps again, the spokesperson declined to comment further.\n`;

const searchView = (page: Page) => page.getByRole('region', { name: 'Search the corpus' });
const entitiesView = (page: Page) => page.getByRole('region', { name: 'Entities' });

/** The saved mentions linked to an entity, as [document title, quote, entity name]. */
function linkedMentions(project: Project): [string, string, string][] {
  const title = new Map(project.documents.map((d) => [d.id, d.title]));
  const name = new Map(project.entities.map((e) => [e.id, e.name]));
  return project.annotations
    .filter((a) => a.entity !== undefined)
    .map((a): [string, string, string] => [title.get(a.documentId)!, a.quote, name.get(a.entity!)!])
    .sort((a, b) => a[1].localeCompare(b[1]));
}

/**
 * From the keyboard: searches `quote`, goes down to its hit in the document titled `title`, Enter
 * shows it there selected, A labels it Actor, L opens its entity box, the typed text narrows the
 * choices, Enter links it to the first.
 */
async function linkMention(workbench: ServeWorkbench, quote: string, title: string, typed: string): Promise<void> {
  const { page } = workbench;
  const project = await workbench.savedProject();
  const document = project.documents.find((d) => d.title === title)!;
  const before = project.documents
    .slice(0, project.documents.indexOf(document))
    .reduce((n, d) => n + d.text.split(quote).length - 1, 0);

  await page.keyboard.press('Control+Shift+F');
  const box = searchView(page).getByRole('textbox', { name: /to search for/ });
  await expect(box).toBeFocused();
  await box.fill(quote);
  await box.press('Enter');
  // The view still shows the previous query's hits until this one's come: wait for this one's count.
  const total = project.documents.reduce((n, d) => n + d.text.split(quote).length - 1, 0);
  const documents = project.documents.filter((d) => d.text.includes(quote)).length;
  await expect(searchView(page).getByRole('status').first()).toHaveText(
    `${total} ${total === 1 ? 'hit' : 'hits'} in ${documents} ${documents === 1 ? 'document' : 'documents'}.`,
  );
  await page.keyboard.press('ArrowDown'); // from the query to the hits
  for (let i = 0; i < before; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(quote);

  await page.keyboard.press('a');
  const row = page.getByRole('button', { name: `Actor: ${quote}`, exact: true });
  await expect(row).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('l');
  const entityBox = page.getByRole('combobox', { name: /^Entity/ });
  await expect(entityBox).toBeFocused();
  await page.keyboard.type(typed);
  await expect(page.getByRole('listbox', { name: `Entities for “${quote}”` })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Document text' })).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Entity: Aykhan Hajizada' })).toBeVisible();
}

test('keyboard only: links three mentions in three documents to one entity, sees them in the Entities view, undoes', async ({
  workbench,
}) => {
  const { page, service } = workbench;
  const sample = await workbench.savedProject();
  const [first, second] = sample.documents;
  // The page has read the document list before the import announces a new one.
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(
    sample.documents.length,
  );
  // A third document mentions the spokesperson by role only.
  await service.importFiles([{ name: 'briefing.txt', bytes: new TextEncoder().encode(BRIEFING) }]);
  await expect(
    page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: BRIEFING_TITLE, exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Project' })).toBeVisible(); // the workbench hears keys

  await linkMention(workbench, 'Aykhan Hajizada', first!.title, ''); // "New entity «Aykhan Hajizada»"
  await linkMention(workbench, 'Hajizada', second!.title, 'aykhan');
  await linkMention(workbench, 'the spokesperson', BRIEFING_TITLE, 'hajizada');

  await expect
    .poll(async () => linkedMentions(await workbench.savedProject()))
    .toEqual([
      [first!.title, 'Aykhan Hajizada', 'Aykhan Hajizada'],
      [second!.title, 'Hajizada', 'Aykhan Hajizada'],
      [BRIEFING_TITLE, 'the spokesperson', 'Aykhan Hajizada'],
    ]);
  const saved = await workbench.savedProject();
  expect(saved.entities).toEqual([{ id: expect.any(String), name: 'Aykhan Hajizada', label: 'actor', aliases: [] }]);

  // The Entities view: the entity with 3 mentions in 3 documents; Enter lists every mention in context.
  await page.keyboard.press('Control+Shift+E');
  const entities = entitiesView(page).getByRole('listbox', { name: 'Entities' });
  await expect(entities).toBeFocused();
  await expect(entities.getByRole('option')).toHaveText([/Aykhan Hajizada.*3 mentions in 3 documents/]);
  await page.keyboard.press('Enter');
  const mentions = entitiesView(page).getByRole('listbox', { name: 'Mentions of Aykhan Hajizada' });
  await expect(mentions).toBeFocused();
  await expect(mentions.getByRole('option')).toHaveText([
    /Ministry spokesperson\s*Aykhan Hajizada\s*said/,
    /Hajizada/,
    /maps again,\s*the spokesperson\s*declined/,
  ]);
  await expect(
    entitiesView(page).getByRole('list', { name: 'Mentions per document' }).getByRole('listitem'),
  ).toHaveText([`${first!.title}: 1`, `${second!.title}: 1`, `${BRIEFING_TITLE}: 1`]);
  await expectNoSeriousViolationsInBothThemes(page);

  // Enter on a mention shows it in its document, selected.
  await mentions.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: second!.title, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Actor: Hajizada', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Undo takes the last link back: two mentions in two documents, in the view and the file.
  await page.keyboard.press('Control+Z');
  await expect(entities.getByRole('option')).toHaveText([/2 mentions in 2 documents/]);
  await expect.poll(async () => linkedMentions(await workbench.savedProject())).toHaveLength(2);
});

test('keyboard only in the Entities view: merge two entities, split a mention off, rename, each saved', async ({
  workbench,
}) => {
  const { page, service } = workbench;
  const [first, second] = service.listDocuments();
  const mark = (documentId: string, word: string) => {
    const start = service.getDocument(documentId).document.text.indexOf(word);
    return service.createAnnotation({ documentId, start, end: start + word.length, label: 'actor' }).annotations
      .added[0]!;
  };
  const aykhan = mark(first!.id, 'Aykhan Hajizada');
  const spokesperson = mark(first!.id, 'spokesperson');
  const hajizada = mark(second!.id, 'Hajizada');
  service.createEntity({ name: 'Aykhan Hajizada', label: 'actor', mentions: [aykhan.id, spokesperson.id] });
  service.createEntity({ name: 'Hajizada', label: 'actor', mentions: [hajizada.id] });
  await expect(page.getByRole('toolbar', { name: 'Project' })).toBeVisible();

  await page.keyboard.press('Control+Shift+E');
  const entities = entitiesView(page).getByRole('listbox', { name: 'Entities' });
  await expect(entities).toBeFocused();
  await expect(entities.getByRole('option')).toHaveText([/^☐?Actor\s*Aykhan Hajizada/, /^☐?Actor\s*Hajizada/]);

  // Space selects "Hajizada", ↑ makes "Aykhan Hajizada" active, M merges the selected into it.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('m');
  await expect(entities.getByRole('option')).toHaveText([
    /Aykhan Hajizada\s*also Hajizada\s*3 mentions in 2 documents/,
  ]);
  await expect
    .poll(async () => (await workbench.savedProject()).entities.map((e) => [e.name, e.aliases]))
    .toEqual([['Aykhan Hajizada', ['Hajizada']]]);

  // Enter goes to its mentions; Space selects "spokesperson", S splits it off under a new name.
  await page.keyboard.press('Enter');
  const mentions = entitiesView(page).getByRole('listbox', { name: 'Mentions of Aykhan Hajizada' });
  await expect(mentions).toBeFocused();
  await expect(mentions.getByRole('option')).toHaveCount(3);
  await page.keyboard.press('Space');
  await page.keyboard.press('s');
  const name = entitiesView(page).getByRole('textbox', { name: 'Name of the new entity' });
  await expect(name).toBeFocused();
  await page.keyboard.type('The spokesperson');
  await page.keyboard.press('Enter');
  await expect(entities.getByRole('option')).toHaveCount(2);
  await expect
    .poll(async () => {
      const project = await workbench.savedProject();
      const names = new Map(project.entities.map((e) => [e.id, e.name]));
      return project.annotations
        .filter((a) => a.entity)
        .map((a) => `${a.quote} → ${names.get(a.entity!)}`)
        .sort();
    })
    .toEqual(['Aykhan Hajizada → Aykhan Hajizada', 'Hajizada → Aykhan Hajizada', 'spokesperson → The spokesperson']);

  // F2 renames the active entity.
  await entities.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('F2');
  const rename = entitiesView(page).getByRole('textbox', { name: 'New name' });
  await expect(rename).toBeFocused();
  await page.keyboard.type('Aykhan Hajizada (MFA)');
  await page.keyboard.press('Enter');
  await expect(entities).toBeFocused();
  await expect
    .poll(async () => (await workbench.savedProject()).entities.map((e) => e.name).sort())
    .toEqual(['Aykhan Hajizada (MFA)', 'The spokesperson']);
});
