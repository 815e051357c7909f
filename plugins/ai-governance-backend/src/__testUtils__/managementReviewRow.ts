/**
 * A row of `management_reviews` to write straight into the table: a planned
 * review without attendees, decisions or actions, chaired and written by
 * ada.
 */
export const managementReviewRow = (id: string, title: string) => ({
  id,
  entity_ref: 'aims:default/management-system',
  title,
  planned_at: '2026-12-10',
  chair: 'user:default/ada',
  attendees: '[]',
  decisions: '[]',
  actions: '[]',
  status: 'planned',
  inputs: '{"assembledAt":"2026-12-07T00:00:00.000Z","sections":[]}',
  version: 1,
  created_at: '2026-12-07T00:00:00.000Z',
  created_by: 'user:default/ada',
  updated_at: '2026-12-07T00:00:00.000Z',
  updated_by: 'user:default/ada',
});
