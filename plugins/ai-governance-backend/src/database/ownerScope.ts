/**
 * A condition over governed entities (alias `g`): owned by the group bound
 * as `:owner` or by any group below it in the catalog's group tree, so a
 * department's export holds its teams' systems, as its scorecard row does.
 * The tree is walked from the owner's children so the bound ref never needs
 * a type of its own in the recursive part (PostgreSQL cannot infer one).
 */
export const OWNED_WITHIN_SQL = `(g.owner_ref = :owner OR g.owner_ref IN (
  WITH RECURSIVE below(group_ref) AS (
    SELECT cg.group_ref FROM catalog_groups cg WHERE cg.parent_ref = :owner
    UNION
    SELECT cg.group_ref FROM catalog_groups cg
    JOIN below b ON cg.parent_ref = b.group_ref
  )
  SELECT group_ref FROM below
))`;
