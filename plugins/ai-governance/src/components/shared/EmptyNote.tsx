import type { ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';

/**
 * Says that a part of a page has nothing to show yet, and what would fill
 * it; the short form of Backstage's EmptyState, for inside cards and tabs.
 */
export function EmptyNote(props: { children: ReactNode }) {
  return (
    <Typography variant="body2" color="textSecondary">
      {props.children}
    </Typography>
  );
}
