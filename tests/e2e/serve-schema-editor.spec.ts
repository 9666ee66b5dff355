import {
  addAttribute,
  expectDialogAxeCleanInBothThemes,
  renameWithGuideline,
  retype,
  schemaEditor,
  tabTo,
} from './schema-editor-actions';
import { expect, test, type ServeWorkbench } from './serve-harness';
import { annotationRows, openDocumentByTitle, selectByMouse } from './workspace-actions';

// The schema editor over the browser-mode server, by keyboard only: what it saves is read back
// from the project file on disk.

/** Two claims in the first document, made on the server's side; the page shows them. */
async function twoClaims(workbench: ServeWorkbench) {
  const document = (await workbench.savedProject()).documents[0]!;
  await openDocumentByTitle(workbench.page, document.title);
  const ids = [0, 40].map(
    (start) =>
      workbench.service.createAnnotation({ documentId: document.id, start, end: start + 8, label: 'claim' }).annotations
        .added[0]!.id,
  );
  await expect(annotationRows(workbench.page)).toHaveCount(2);
  return ids;
}

const labelOf = async (workbench: ServeWorkbench, id: string) =>
  (await workbench.savedProject()).schema.labels.find((l) => l.id === id);

test('renames Claim, gives it a guideline and a Stance choice, Figure a unit default and the first place, refuses a key two labels share, and saves by keyboard', async ({
  workbench,
}) => {
  const { page } = workbench;
  const claims = await twoClaims(workbench);
  await page.keyboard.press('Control+Shift+L');
  const editor = schemaEditor(page);
  await expect(editor.getByRole('button', { name: 'Claim', pressed: true })).toBeFocused();

  await renameWithGuideline(page, 'Statement', 'A sentence presented as true; mark the whole clause.');
  // The sample's stance (asserts, denies…) gives way to the study's own.
  await tabTo(page, editor.getByRole('button', { name: 'Remove stance' }));
  await page.keyboard.press('Enter');
  const stance = await addAttribute(page, 'stance');
  await page.keyboard.press('c'); // type-ahead: "Choice"
  await tabTo(page, stance.getByRole('textbox', { name: 'Choices' }));
  await page.keyboard.type('supports, opposes, neutral');

  // Figure, with Claim's key "c": refused, said beside the field and in the alert, nothing saved.
  await tabTo(page, editor.getByRole('button', { name: 'Statement' }), { backwards: true });
  await page.keyboard.press('ArrowDown');
  await expect(editor.getByRole('button', { name: 'Figure', pressed: true })).toBeFocused();
  // Alt+ArrowUp moves it to the top, focus staying on it.
  await page.keyboard.press('Alt+ArrowUp');
  await expect(editor.getByRole('listitem').first().getByRole('button')).toHaveAccessibleName('Figure');
  await expect(editor.getByRole('button', { name: 'Figure', pressed: true })).toBeFocused();
  const keys = editor.getByRole('textbox', { name: 'Keys' });
  await tabTo(page, keys);
  await retype(page, '2, c');
  const unit = editor.getByRole('group', { name: 'unit', exact: true });
  await tabTo(page, unit.getByRole('textbox', { name: 'Default' }));
  await page.keyboard.type('people');
  await page.keyboard.press('Enter');
  const conflict = 'The key "c" is taken by both Figure and Statement.';
  await expect(editor.getByRole('alert')).toContainText(conflict);
  await expect(keys).toHaveAccessibleDescription(conflict);
  expect((await labelOf(workbench, 'claim'))!.name).toBe('Claim');

  await tabTo(page, keys, { backwards: true });
  await retype(page, '2, f');
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
  await expect.poll(async () => (await labelOf(workbench, 'claim'))?.name).toBe('Statement');
  const saved = await workbench.savedProject();
  expect(saved.schema.labels.map((l) => l.id)).toEqual(['figure', 'claim', 'actor', 'event']);
  expect(saved.schema.labels.find((l) => l.id === 'claim')).toMatchObject({
    description: 'A sentence presented as true; mark the whole clause.',
    attributes: [
      { name: 'checkable', type: 'boolean' },
      { name: 'stance', type: 'choice', choices: ['supports', 'opposes', 'neutral'] },
    ],
  });
  expect(saved.schema.labels.find((l) => l.id === 'figure')!.attributes.find((a) => a.name === 'unit')).toMatchObject({
    name: 'unit',
    default: 'people',
  });
  expect(saved.annotations.filter((a) => claims.includes(a.id)).map((a) => a.label)).toEqual(['claim', 'claim']);
  await expect(page.getByRole('button', { name: /^Statement/ }).first()).toBeVisible();
});

test('deleting a label in use says how many annotations it touches, moves them, and Ctrl+Z brings both back', async ({
  workbench,
}) => {
  const { page } = workbench;
  const claims = await twoClaims(workbench);
  await page.keyboard.press('Control+Shift+L');
  const editor = schemaEditor(page);
  await tabTo(page, editor.getByRole('button', { name: 'Delete label…' }));
  await page.keyboard.press('Enter');
  await expect(editor.getByText('Claim is used by 2 annotations.')).toBeFocused();
  await tabTo(page, editor.getByRole('combobox', { name: 'Move them to' }));
  await page.keyboard.press('a'); // type-ahead: "Actor"
  await tabTo(page, editor.getByRole('button', { name: 'Move and delete Claim' }));
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('button', { name: 'Claim' })).toHaveCount(0);
  await expect
    .poll(async () =>
      (await workbench.savedProject()).annotations.filter((a) => claims.includes(a.id)).map((a) => a.label),
    )
    .toEqual(['actor', 'actor']);
  expect(await labelOf(workbench, 'claim')).toBeUndefined();

  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await page.keyboard.press('Control+z');
  await expect
    .poll(async () =>
      (await workbench.savedProject()).annotations.filter((a) => claims.includes(a.id)).map((a) => a.label),
    )
    .toEqual(['claim', 'claim']);
  expect((await labelOf(workbench, 'claim'))?.name).toBe('Claim');
});

test('the schema editor, with a refusal shown, has no serious or critical axe violations, in both themes', async ({
  workbench,
}) => {
  const { page } = workbench;
  const editor = schemaEditor(page);
  // The workbench is there (and listens for its keys) once its toolbar is.
  await expect(page.getByRole('button', { name: /^Schema…/ })).toBeVisible();
  await expectDialogAxeCleanInBothThemes(page, editor, async () => {
    await page.keyboard.press('Control+Shift+L');
    await editor.getByRole('textbox', { name: 'Keys' }).fill('1, 2');
    await editor.getByRole('button', { name: 'Save schema' }).click();
    await expect(editor.getByRole('alert')).toContainText('The key "2" is taken by both Claim and Figure.');
  });
});

test('F1 lists the labels with their keys and guidelines; a label button is described by its guideline; axe clean in both themes', async ({
  workbench,
}) => {
  const { page } = workbench;
  const document = (await workbench.savedProject()).documents[0]!;
  await openDocumentByTitle(page, document.title);
  const guideline = 'A statement presented as true, attributed to an actor.';
  await expect(page.getByRole('list', { name: 'Labels' }).getByRole('listitem').first()).toHaveAttribute(
    'title',
    guideline,
  );
  await selectByMouse(page, /\p{L}{5,}/u.exec(document.text)![0]);
  const menu = page.getByRole('group', { name: 'Label the selected text' });
  await expect(menu.getByRole('button', { name: /^Claim/ })).toHaveAccessibleDescription(guideline);

  const help = page.getByRole('dialog', { name: 'Labels and guidelines' });
  await expectDialogAxeCleanInBothThemes(page, help, async () => {
    await page.keyboard.press('F1');
    await expect(help.getByRole('term').first()).toContainText('Claim (keys 1 or C)');
    await expect(help.getByRole('definition').first()).toHaveText(guideline);
    await expect(help).toContainText('stance (choice) · checkable (yes / no)');
  });
});

test('the open document’s attributes (outlet, relevant) are set by keyboard and saved in its metadata', async ({
  workbench,
}) => {
  const { page } = workbench;
  const document = (await workbench.savedProject()).documents[0]!;
  await openDocumentByTitle(page, document.title);
  const summary = page.getByText('Document attributes', { exact: true });
  await tabTo(page, summary);
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: `Attributes of the document “${document.title}”` });
  await tabTo(page, form.getByRole('textbox', { name: `Outlet of “${document.title}”` }));
  await page.keyboard.type('Azatutyun');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('checkbox', { name: `Relevant of “${document.title}”` })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await workbench.savedProject()).documents[0]!.metadata)
    .toMatchObject({ outlet: 'Azatutyun', relevant: true });
});
