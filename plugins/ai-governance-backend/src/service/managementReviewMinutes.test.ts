import { createRequire } from 'node:module';
import { PDFParse } from 'pdf-parse';
import { alice, catalogSyncAtStartup } from '../__testUtils__/backend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';

jest.setTimeout(120_000);

/*
 * The minutes of a management review as Markdown and as PDF: the PDF's
 * text, extracted with pdf-parse, holds the attendees, the decisions, the
 * actions and the figures of the frozen inputs.
 */

const API = '/api/ai-governance';

// pdf.js starts its worker with a dynamic import, which Jest's module
// system refuses; handing it the worker module (loaded by Node's own
// require, which loads ES modules) makes it run in this thread instead.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = createRequire(
  __filename,
)(require.resolve('pdf-parse').replace(/index\.cjs$/, 'pdf.worker.mjs'));

describeOnEachDatabase('management review minutes on %s', setup => {
  const backend = setup.governanceBackend({
    extraFeatures: [catalogSyncAtStartup()],
  });
  const { api } = backend;

  const heldReview = async () => {
    const { body: review } = await api(alice)
      .post(`${API}/management-reviews`)
      .send({
        title: 'Management review 2026',
        plannedAt: '2026-12-10',
        chair: 'user:default/carol',
      })
      .expect(201);
    const { body } = await api(alice)
      .patch(`${API}/management-reviews/${review.id}`)
      .set('If-Match', '"1"')
      .send({
        status: 'held',
        heldAt: '2026-12-10',
        attendees: ['user:default/carol', 'user:default/alice'],
        decisions: ['Extend the AIMS scope to the chatbot'],
        actions: [
          {
            description: 'Write the chatbot impact assessment',
            owner: 'group:default/lending',
            dueAt: '2027-02-01',
          },
        ],
      })
      .expect(200);
    return body;
  };

  it('writes the minutes as Markdown: the meeting, the inputs by section, the decisions and the actions', async () => {
    const review = await heldReview();
    const res = await api(alice)
      .get(`${API}/management-reviews/${review.id}/minutes.md`)
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/markdown/);
    expect(res.headers['content-disposition']).toContain(
      'management-review-2026-12-10-management-review-2026.md',
    );
    const md = res.text;
    expect(md).toContain('# Management review minutes: Management review 2026');
    expect(md).toContain('- **Held on:** 2026-12-10');
    expect(md).toContain(
      '- **Attendees:** user:default/carol, user:default/alice',
    );
    expect(md).toContain(
      `- **Inputs assembled at:** ${review.inputs.assembledAt}`,
    );
    expect(md).toContain('## Input: Risk picture');
    expect(md).toContain(
      '_Source: The risk registers of every AI system (risks not closed)_',
    );
    expect(md).toContain('Critical: 0 · High: 0');
    expect(md).toContain(
      '## Decisions\n\n- 1. Extend the AIMS scope to the chatbot',
    );
    expect(md).toContain(
      '- Write the chatbot impact assessment — owner group:default/lending, due 2027-02-01, status open',
    );
  });

  it('typesets the same minutes as a PDF whose text can be read back', async () => {
    const review = await heldReview();
    const res = await api(alice)
      .get(`${API}/management-reviews/${review.id}/minutes.pdf`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const { text } = await parser.getText();
    await parser.destroy();
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Management review minutes: Management review 2026');
    expect(flat).toContain('user:default/carol, user:default/alice');
    expect(flat).toContain('Extend the AIMS scope to the chatbot');
    expect(flat).toContain('Write the chatbot impact assessment');
    expect(flat).toContain(
      'group:default/lending, due 2027-02-01, status open',
    );
    expect(flat).toContain('Input: Incidents');
    expect(flat).toContain('Open serious: 0');
  });

  it('answers 404 for a review that does not exist and 400 for an id that is no UUID', async () => {
    const missing = await api(alice)
      .get(
        `${API}/management-reviews/00000000-0000-4000-8000-000000000000/minutes.pdf`,
      )
      .expect(404);
    expect(missing.body.error.message).toContain('does not exist');
    const bad = await api(alice)
      .get(`${API}/management-reviews/nope/minutes.md`)
      .expect(400);
    expect(bad.body.error.name).toBe('InputError');
  });
});
