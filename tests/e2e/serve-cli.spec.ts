import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockPathOf } from '../../main/store/project-lock';
import { servedAddress, spawnServe } from './serve-process';
import { readSavedProject } from '../support/project-file-text';
import { seriousViolations } from './axe-findings';

test('tagwright serve: the first run asks who is annotating, the sample opens in the page, a passage labelled there is in the project file after Ctrl+C, signed with that name', async ({
  page,
}) => {
  const tempDir = await mkdtemp(join(tmpdir(), 'tagwright-serve-cli-'));
  const configDir = join(tempDir, 'config');
  const child = spawnServe(tempDir, []);
  try {
    const url = await servedAddress(child);
    await page.goto(url);
    // First run: nobody named yet, so the page asks, offering the account's name; only a name goes on.
    const asked = page.getByRole('dialog', { name: 'Who is annotating?' });
    const name = asked.getByRole('textbox', { name: 'Your name' });
    await expect(name).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(asked).toBeVisible();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await expect(asked.getByRole('button', { name: 'Start annotating' })).toBeDisabled();
    await page.keyboard.type('Ana Lima');
    await page.keyboard.press('Enter');
    await expect(asked).toBeHidden();
    await expect(page.getByRole('button', { name: /sample project/i })).toBeVisible();
    await page.getByRole('button', { name: /sample project/i }).click();
    await expect(page.getByRole('button', { name: 'You: Ana Lima…' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(5);
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);

    // The page's CSP lets it open the event socket on its own origin (the token as its subprotocol).
    const token = new URL(url).searchParams.get('token')!;
    const socketOpened = await page.evaluate(
      (token) =>
        new Promise<boolean>((resolve) => {
          const ws = new WebSocket(`ws://${location.host}/api/events`, ['tagwright', `tagwright-token.${token}`]);
          ws.onopen = () => resolve(true);
          ws.onerror = () => resolve(false);
        }),
      token,
    );
    expect(socketOpened).toBe(true);

    // Label the first word of four letters or more through the page's origin, with the printed token.
    const labelled = await page.evaluate(async (token) => {
      const post = async (name: string, input: unknown) => {
        const response = await fetch(`/api/call/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Tagwright-Token': token },
          body: JSON.stringify(input),
        });
        return (await response.json()) as { ok: boolean; value: never };
      };
      const documents = (await post('listDocuments', {})).value as { id: string }[];
      const { document } = (await post('getDocument', { documentId: documents[0]!.id })).value as {
        document: { id: string; text: string };
      };
      const word = /\p{L}{4,}/u.exec(document.text)!;
      const result = await post('createAnnotation', {
        documentId: document.id,
        start: word.index,
        end: word.index + word[0].length,
        label: 'claim',
      });
      return { ok: result.ok, documentId: document.id, quote: word[0] };
    }, token);
    expect(labelled.ok).toBe(true);

    child.kill('SIGINT');
    const [code] = await new Promise<[number | null]>((resolve) => child.once('exit', (c) => resolve([c])));
    expect(code).toBe(0);
    const projectFile = join(configDir, 'Tagwright', 'Sample project.tagwright');
    const saved = await readSavedProject(projectFile);
    // Stopping released the project for the app or the next `tagwright serve`.
    expect(existsSync(lockPathOf(projectFile))).toBe(false);
    expect(saved.annotations).toEqual([
      expect.objectContaining({ documentId: labelled.documentId, quote: labelled.quote, label: 'claim' }),
    ]);
    expect(saved.annotators).toEqual([{ id: expect.stringMatching(/^ana-lima-[a-z0-9]{6}$/), name: 'Ana Lima' }]);
    expect(saved.annotations[0]!.annotator).toBe(saved.annotators[0]!.id);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await rm(tempDir, { recursive: true, force: true });
  }
});
