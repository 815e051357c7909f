import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { templateValues } from '../harness/templateValues';
import { guestToken, screenshot, useBrowserPortal } from './portal';

/*
 * TechDocs in the demo portal: the model cards of the demo AI systems, read
 * from examples/docs, and the governance docs a template publishes to the
 * local demo target, both built by the local generator (mkdocs, which the
 * toolchain installs) the first time someone opens them; and search's
 * Documentation tab.
 */
// Published into a folder of this run: the local publisher's default, inside
// node_modules, keeps earlier runs' builds, which the reader would show first.
const published = mkdtempSync(join(tmpdir(), 'aigov-techdocs-'));
const env = useBrowserPortal({
  config: {
    techdocs: { publisher: { local: { publishDirectory: published } } },
  },
});
afterAll(() => rmSync(published, { recursive: true, force: true }));

/** The first build runs mkdocs while the page waits, so allow it time. */
const BUILD_MS = 120_000;

/**
 * Waits until a heading of the docs is on screen: the reader keeps the page
 * at opacity 0 until the site's stylesheets have loaded (one that never
 * loads, such as a web font offline, leaves it blank), which Playwright
 * still counts as visible.
 */
async function waitShown(heading: Locator) {
  await heading.waitFor({ timeout: BUILD_MS });
  await heading.page().waitForFunction(
    el => {
      for (let n: Element | null = el; n; ) {
        if (getComputedStyle(n).opacity === '0') return false;
        const root = n.getRootNode();
        n = n.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
      }
      return true;
    },
    await heading.elementHandle(),
    { timeout: BUILD_MS },
  );
}

/** Calls the backend's API as the guest. */
async function api(path: string, init: RequestInit = {}) {
  const token = await guestToken(env.portal.baseUrl);
  return fetch(`${env.portal.baseUrl}/api${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
    },
  });
}

describe('TechDocs in the demo portal', () => {
  it("shows a demo AI system's model card on its Docs tab", async () => {
    const page = await env.open(
      '/catalog/default/aisystem/candidate-screening/docs',
    );
    await waitShown(
      page.getByRole('heading', { name: 'Candidate screening model card' }),
    );
    await waitShown(page.getByRole('heading', { name: 'Human oversight' }));
    expect(await page.getByText('Missing Annotation').count()).toBe(0);
    await screenshot(page, 'e2e-techdocs-demo-system');
  });

  it.each([
    ['card-fraud-detection', 'Card fraud detection'],
    ['retail-credit-scoring', 'Retail credit scoring'],
    ['life-health-underwriting', 'Life and health insurance underwriting'],
    ['customer-support-assistant', 'Customer support assistant'],
    ['candidate-screening', 'Candidate screening'],
    ['coding-assistant', 'Coding assistant'],
  ])('builds the model card of the demo system %s', async (name, title) => {
    const entity = `default/aisystem/${name}`;
    // The build the reader asks for, reported as a stream of events.
    const sync = await (await api(`/techdocs/sync/${entity}`)).text();
    expect(sync).toMatch(/^event: finish$/m);
    expect(sync).not.toMatch(/^event: error$/m);
    const page = await api(`/techdocs/static/docs/${entity}/index.html`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`${title} model card`);
  });

  it("answers search's Documentation tab as the guest", async () => {
    const res = await api('/search/query?term=model&types%5B0%5D=techdocs');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ results: expect.any(Array) });
  });

  it('shows the model card of a use case the New AI use case template created', async () => {
    const name = `docs-assistant-${Date.now().toString(36)}`;
    const created = await api('/scaffolder/v2/tasks', {
      method: 'POST',
      body: JSON.stringify({
        templateRef: 'template:default/new-ai-use-case',
        values: templateValues['new-ai-use-case.yaml'](name),
      }),
    });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const task = await env.portal.until('the template task', async () => {
      const t = await (await api(`/scaffolder/v2/tasks/${id}`)).json();
      return ['completed', 'failed', 'cancelled'].includes(t.status)
        ? t
        : undefined;
    });
    expect(task.status).toBe('completed');
    await env.portal.until('the new AiSystem in the catalog', async () =>
      (
        await api(`/catalog/entities/by-name/aisystem/default/${name}`)
      ).ok
        ? true
        : undefined,
    );

    const page = await env.open(`/docs/default/aisystem/${name}/model-card/`);
    await waitShown(
      page.getByRole('heading', {
        name: 'Model card: Loan document assistant',
      }),
    );
    await screenshot(page, 'e2e-techdocs-template-model-card');
  });
});
