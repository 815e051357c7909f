import type { EntityScorecard } from '@aigov/plugin-ai-governance-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { useGovernanceTabPath } from '../shared';

/**
 * What a system lacks for its next level, each item a link to the Governance
 * tab section where it is closed, so a team lead goes straight to the work;
 * an item with no section (owner and purpose live in the catalog file) is
 * plain text.
 */
export function MissingItems(props: {
  entityRef: CompoundEntityRef | string;
  items: EntityScorecard['missingItems'];
  'aria-labelledby'?: string;
  'aria-label'?: string;
}) {
  const governanceTabPath = useGovernanceTabPath();
  return (
    <ul
      aria-labelledby={props['aria-labelledby']}
      aria-label={props['aria-label']}
      style={{ marginTop: 4, marginBottom: 0, paddingLeft: 20 }}
    >
      {props.items.map(item => (
        <Typography component="li" variant="body2" key={item.text}>
          {item.section ? (
            <Link
              to={governanceTabPath(props.entityRef, {
                section: item.section,
              })}
            >
              {item.text}
            </Link>
          ) : (
            // Closed outside the Governance tab (the owner and purpose are
            // in the entity's catalog file): the words say what to do.
            item.text
          )}
        </Typography>
      ))}
    </ul>
  );
}
