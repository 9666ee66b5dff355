import type { Locator, Page } from '@playwright/test';
import type { Project, TagwrightDocument } from '../../shared/model';
import { arcs } from './arc-checks';
import { expectNoSeriousViolationsInBothThemes } from './axe-findings';
import { callsFromPage, expect, test, type Workbench } from './harness';
import { holdAnswers } from './held-answers';
import { labelByKeyboard } from './keyboard-labelling';
import { attributeFirstAnnotation, eventWithAgent, linkStatus } from './link-mode-actions';
import { addAttribute, renameWithGuideline, schemaEditor, tabTo } from './schema-editor-actions';

// Issue 14's story, "Rich annotation", on the sample project and from the keyboard alone: the
// lead adapts the schema, an annotator marks a figure, a claim and its source, an event and its
// role, one entity across three documents, and a span split by a parenthesis. After each step the
// page and the saved project file say it.

const FIGURE = '1.5 million';
const CLAIM = 'landmine maps are only 25 percent accurate';
const SOURCE = 'Hajizada';
const TRIGGER = 'provided';
const AGENT = 'Armenia';
// The seeds name Hajizada in two documents only; the Foreign Ministry speaks in three.
const MENTIONS = [
  { quote: 'Azerbaijani Foreign Ministry', in: 'took note of the statement', typed: '' },
  { quote: 'Foreign Ministry', in: 'spokesman Aykhan Hajizada', typed: 'azerb' },
  { quote: 'Ministry of Foreign Affairs of the Republic of Azerbaijan', in: 'takes note', typed: 'azerb' },
] as const;
const ENTITY = MENTIONS[0].quote;
// "… of 10 November 2020 (by the leaders of Azerbaijan, Armenia and Russia) was only 25%."
const ACCURACY = 'accuracy of the maps of minefields provided by Armenia';
const GAP =
  ' after the signing of the Trilateral Statement of 10 November 2020 (by the leaders of Azerbaijan, Armenia and Russia) ';
const ONLY = 'was only 25%';

/** The sample's document holding `phrase`. */
const documentWith = (project: Project, phrase: string): TagwrightDocument =>
  project.documents.find((d) => d.text.includes(phrase))!;

const saved = (workbench: Workbench) => workbench.savedProject();
const pressTimes = async (page: Page, key: string, times: number) => {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
};
/** A button pressed as a keyboard user does: Tab to it, Enter. */
const pressByKeyboard = (page: Page) => async (button: Locator) => {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
};

test('keyboard only: the lead adapts the schema; an annotator marks a figure, a claim and its source, an event, an entity in three documents and a split span', async ({
  workbench,
}) => {
  // Some four hundred key presses, a dozen searches and two axe runs: five minutes with two busy loops beside it.
  test.setTimeout(600_000);
  const { page } = workbench;
  const sample = await saved(workbench);
  const maps = documentWith(sample, FIGURE);
  await expect(page.getByRole('toolbar', { name: 'Project' })).toBeVisible(); // the workbench hears keys

  // ── The lead: Claim becomes Statement with a guideline and a "verified" yes/no (the default
  // Claim has a stance already), Figure gets "mines" as its unit's default; Enter saves.
  await page.keyboard.press('Control+Shift+L');
  const editor = schemaEditor(page);
  await expect(editor.getByRole('button', { name: 'Claim', pressed: true })).toBeFocused();
  await renameWithGuideline(page, 'Statement', 'A sentence presented as true; mark the whole clause.');
  const verified = await addAttribute(page, 'verified');
  await page.keyboard.press('y'); // type-ahead: "Yes / no"
  await expect(verified.getByRole('combobox', { name: 'Type', exact: true })).toHaveValue('boolean');
  await tabTo(page, editor.getByRole('button', { name: 'Statement' }), { backwards: true });
  await page.keyboard.press('ArrowDown');
  await expect(editor.getByRole('button', { name: 'Figure', pressed: true })).toBeFocused();
  const unit = editor.getByRole('group', { name: 'unit', exact: true });
  await tabTo(page, unit.getByRole('textbox', { name: 'Default' }));
  await page.keyboard.type('mines');
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
  // The legend names the label and says its guideline.
  await expect(page.getByRole('list', { name: 'Labels' }).getByRole('listitem').first()).toHaveText(
    /^Statement\W+A sentence presented as true; mark the whole clause\./,
  );
  await expect
    .poll(async () => (await saved(workbench)).schema.labels.find((l) => l.id === 'claim')?.name)
    .toBe('Statement');
  const schema = (await saved(workbench)).schema;
  expect(schema.labels.find((l) => l.id === 'claim')).toMatchObject({
    description: 'A sentence presented as true; mark the whole clause.',
    attributes: expect.arrayContaining([
      expect.objectContaining({ name: 'stance', type: 'choice' }),
      expect.objectContaining({ name: 'verified', type: 'boolean' }),
    ]),
  });
  expect(schema.labels.find((l) => l.id === 'figure')!.attributes.find((a) => a.name === 'unit')).toMatchObject({
    default: 'mines',
  });

  // ── A figure, labelled with F: its value is filled in, its unit (not in the text) is the default.
  await labelByKeyboard(page, maps, FIGURE, 'f');
  await expect(page.getByRole('button', { name: `Edit value of “${FIGURE}”` })).toBeVisible();
  await expect
    .poll(async () => (await saved(workbench)).annotations.find((a) => a.quote === FIGURE)?.attributes)
    .toEqual({ value: 1500000, unit: 'mines', kind: 'count', qualifier: 'approximate' });

  // ── A claim attributed to its source: Escape lets go of the actor, Tab takes the claim (the
  // first annotation), R links it to the actor offered, Enter; the arc is drawn.
  await labelByKeyboard(page, maps, CLAIM, 'c');
  await labelByKeyboard(page, maps, SOURCE, 'a');
  await attributeFirstAnnotation(page, 'Statement', CLAIM, SOURCE);
  await expect(arcs(page, 'relation')).toHaveCount(1);
  await expect(arcs(page, 'relation').locator('path')).toHaveCount(1);
  const withClaim = await saved(workbench);
  const idOf = (project: Project, quote: string) => project.annotations.find((a) => a.quote === quote)!.id;
  await expect
    .poll(async () => (await saved(workbench)).relations)
    .toEqual([
      expect.objectContaining({ type: 'attributed-to', from: idOf(withClaim, CLAIM), to: idOf(withClaim, SOURCE) }),
    ]);

  // ── An event on "provided": V makes it, type-ahead picks Armenia among the highlights around it.
  await labelByKeyboard(page, maps, AGENT, 'a', ` ${TRIGGER}`);
  await labelByKeyboard(page, maps, TRIGGER, 'e');
  await eventWithAgent(page, TRIGGER, 'arm', AGENT);
  await expect(arcs(page, 'role').locator('path')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(linkStatus(page)).toHaveText('Link mode left.');
  const withEvent = await saved(workbench);
  await expect
    .poll(async () => (await saved(workbench)).events)
    .toEqual([
      expect.objectContaining({
        trigger: idOf(withEvent, TRIGGER),
        arguments: [{ role: 'agent', target: idOf(withEvent, AGENT), targetKind: 'annotation' }],
      }),
    ]);

  // ── One actor entity, three documents: A labels each mention, L opens its entity box, Enter links.
  for (const mention of MENTIONS) {
    const document = documentWith(sample, mention.in);
    await labelByKeyboard(page, document, mention.quote, 'a');
    await page.keyboard.press('l');
    await expect(page.getByRole('combobox', { name: /^Entity/ })).toBeFocused();
    await page.keyboard.type(mention.typed);
    await expect(page.getByRole('listbox', { name: `Entities for “${mention.quote}”` })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Document text' })).toBeFocused();
    await expect(page.getByRole('combobox', { name: `Entity: ${ENTITY}` })).toBeVisible();
  }
  await expect
    .poll(async () => {
      const project = await saved(workbench);
      return project.annotations
        .filter((a) => a.entity !== undefined)
        .map((a) => [project.documents.find((d) => d.id === a.documentId)!.title, a.quote])
        .sort();
    })
    .toEqual(MENTIONS.map((m) => [documentWith(sample, m.in).title, m.quote]).sort());
  expect((await saved(workbench)).entities).toEqual([
    { id: expect.any(String), name: ENTITY, label: 'actor', aliases: [] },
  ]);
  // Main answers the mentions late (a loaded machine): Enter, pressed before they come, still
  // takes the focus to them once they are shown.
  const releaseMentions = holdAnswers(workbench.service, 'getEntityMentions');
  await page.keyboard.press('Control+Shift+E');
  const entitiesView = page.getByRole('region', { name: 'Entities' });
  const entities = entitiesView.getByRole('listbox', { name: 'Entities' });
  await expect(entities).toBeFocused();
  await expect(entities.getByRole('option')).toHaveText([new RegExp(`${ENTITY}.*3 mentions in 3 documents`)]);
  await expect.poll(() => callsFromPage(page)).toContain('getEntityMentions');
  await page.keyboard.press('Enter');
  releaseMentions();
  const mentions = entitiesView.getByRole('listbox', { name: `Mentions of ${ENTITY}` });
  await expect(mentions).toBeFocused();
  await expect(mentions.getByRole('option')).toHaveCount(3);
  for (const mention of MENTIONS)
    await expect(mentions.getByRole('option').filter({ hasText: mention.quote })).not.toHaveCount(0);

  // ── A claim split by a parenthesis: C labels its first piece, the caret walks over the
  // parenthesis, Shift+arrows select the second, + adds it to the claim: one annotation, two pieces.
  const statement = documentWith(sample, ACCURACY);
  await labelByKeyboard(page, statement, ACCURACY, 'c');
  await pressTimes(page, 'ArrowRight', GAP.length);
  await pressTimes(page, 'Shift+ArrowRight', ONLY.length);
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(ONLY);
  await page.keyboard.press('+');
  // Its row quotes both pieces (its button's name is cut short) and lists them.
  await expect(page.getByRole('button', { name: /^Statement: accuracy of the maps/ })).toHaveText(
    `“${ACCURACY} … ${ONLY}”`,
  );
  await expect(page.getByRole('list', { name: /^Pieces of “accuracy/ }).getByRole('listitem')).toHaveCount(2);
  const start = statement.text.indexOf(`${ACCURACY}${GAP}${ONLY}`);
  const end = start + ACCURACY.length + GAP.length + ONLY.length;
  await expect
    .poll(async () => (await saved(workbench)).annotations.find((a) => a.start === start && a.label === 'claim'))
    .toMatchObject({
      end,
      fragments: [
        { start, end: start + ACCURACY.length },
        { start: end - ONLY.length, end },
      ],
    });

  await expectNoSeriousViolationsInBothThemes(page, pressByKeyboard(page));
});
