import { parseEntityRef } from '@backstage/catalog-model';
import Typography from '@material-ui/core/Typography';

/**
 * Why a team's counts may equal another row's: the row holds its child
 * teams' AI systems too. One child is named, more are counted, so the note
 * stays one short line under the team's name.
 */
export function RollUpNote(props: { childGroups: string[] }) {
  const { childGroups } = props;
  if (childGroups.length === 0) return null;
  return (
    <Typography
      variant="caption"
      color="textSecondary"
      component="span"
      display="block"
    >
      {childGroups.length === 1
        ? `includes child team ${parseEntityRef(childGroups[0]).name}`
        : `includes ${childGroups.length} child teams`}
    </Typography>
  );
}
