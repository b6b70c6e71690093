import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { installed } from '../helpers/needs.ts';
import { type StartedCoxswain, spawnStart } from './start-child.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
const hasChromium = installed('chromium', CHROMIUM, 'apt-get install chromium');

describe.skipIf(!hasChromium)('playground in a real browser', () => {
  let app: StartedCoxswain;
  let browser: BrowserContext;
  let page: Page;
  const profile = mkdtempSync(join(tmpdir(), 'coxswain-chromium-'));

  beforeAll(async () => {
    app = await spawnStart({ REDIS_URL: inject('redisUrl'), REDIS_PREFIX: `e2e-${Date.now().toString(36)}` });
    // A fresh profile (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      viewport: { width: 1360, height: 860 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage();
    await page.goto(`${app.url}/`);
    await page.locator('body[data-ready="true"]').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    rmSync(profile, { recursive: true, force: true });
  });

  const send = async (text: string) => {
    await page.locator('#input').fill(text);
    await page.locator('#composer button[type=submit]').click();
  };
  const webReplicas = () => page.locator('[data-workload="production/web"] .replicas');

  it('alice asks for a production change, bob approves, the workload changes', async () => {
    await expect.poll(() => webReplicas().textContent()).toMatch(/\/6$/);
    // A second tab, as in a shared channel: it sees the request and the approval through Server-Sent Events.
    const other = await browser.newPage();
    await other.goto(`${app.url}/?as=carol`);
    await other.locator('body[data-ready="true"]').waitFor();

    await page.locator('[data-person="alice"]').click();
    await send('scale web in prod to 8');
    const card = page.locator('.card[data-status="pending"]').last();
    await card.waitFor();
    expect(await card.locator('table.diff').textContent()).toContain('spec.replicas');
    expect(await card.textContent()).toContain('bob, carol');

    // Alice cannot approve her own request: the Core refuses and nothing changes.
    await card.getByRole('button', { name: 'Approve' }).click();
    await page.locator('.reply[data-outcome="refused"]').waitFor();
    expect(await webReplicas().textContent()).toMatch(/\/6$/);

    await page.locator('[data-person="bob"]').click();
    await page.locator('.card[data-status="pending"]').last().getByRole('button', { name: 'Approve' }).click();
    await page.locator('.reply[data-outcome="executed"]').waitFor();
    await page.locator('.card[data-status="executed"]').waitFor();
    await expect.poll(() => webReplicas().textContent(), { timeout: 10_000 }).toMatch(/\/8$/);
    await expect.poll(() => page.locator('#audit [data-type="executed"]').count()).toBeGreaterThan(0);
    await other.locator('.card[data-status="executed"]').waitFor();
    await other.close();

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'playground.png') });
  });

  const executed = () => page.locator('.reply[data-outcome="executed"]');

  it("a question's candidate answers it: the original request runs with the answer", async () => {
    await page.locator('[data-person="alice"]').click();
    await send('scale web to 3');
    const question = page.locator('.reply[data-outcome="clarify"]').last();
    await question.waitFor();
    const before = await executed().count();
    await question.getByRole('button', { name: 'staging/web' }).click();
    await expect.poll(() => executed().count()).toBe(before + 1);
    expect(await executed().last().textContent()).toContain('staging/web');
  });

  it('an unsure request asks to confirm; Run it runs it, and Undo puts it back', async () => {
    await page.locator('[data-person="alice"]').click();
    await send('scale wroker in staging to 4');
    const confirm = page.locator('.reply[data-outcome="confirm"]').last();
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('I read this as: scale staging/worker');
    const before = await executed().count();
    await confirm.getByRole('button', { name: 'Run it' }).click();
    await expect.poll(() => executed().count()).toBe(before + 1);
    await executed().last().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => executed().count()).toBe(before + 2);
    expect(await executed().last().textContent()).toContain('staging/worker');
  });

  it('shows a cost chart rendered by echarts', async () => {
    await send('costs by namespace for 7d');
    const chart = page.locator('img.chart').last();
    await chart.waitFor();
    expect(await chart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });
});
