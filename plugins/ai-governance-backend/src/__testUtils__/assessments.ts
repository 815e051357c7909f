import type request from 'supertest';

type Agent = ReturnType<typeof request.agent>;

/**
 * Takes a new risk assessment of the entity at `entityPath` (an API path)
 * through the API to approved: `author` writes it and sends it for review,
 * `approver` (someone else, as the four-eyes rule asks) approves it.
 */
export async function approveRiskAssessment(
  entityPath: string,
  author: Agent,
  approver: Agent,
) {
  const created = await author
    .post(`${entityPath}/assessments`)
    .send({ type: 'risk', answers: {} })
    .expect(201);
  const url = `/api/ai-governance/assessments/${created.body.id}`;
  const review = await author
    .patch(url)
    .set('If-Match', '"1"')
    .send({ status: 'in-review' })
    .expect(200);
  await approver
    .post(`${url}/approve`)
    .set('If-Match', review.headers.etag)
    .send({})
    .expect(200);
}
