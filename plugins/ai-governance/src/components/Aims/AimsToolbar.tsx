import type { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import {
  ReasonButton,
  SavedNotice,
  disabledReason,
  type Guard,
} from '../shared';

/**
 * The row above the records of an AIMS page: what the page says of them
 * first, then its main action, disabled with the reason for those who may
 * not use it; below, the notice of the last change saved.
 */
export function AimsToolbar(props: {
  action: string;
  guard: Guard;
  onAction: () => void;
  notice: { message?: string; onDismiss: () => void };
  children?: ReactNode;
}) {
  return (
    <>
      <Box display="flex" alignItems="center" gridGap={16} mb={2}>
        {props.children}
        <ReasonButton
          variant="contained"
          color="primary"
          disabledReason={disabledReason(props.guard)}
          onClick={props.onAction}
        >
          {props.action}
        </ReasonButton>
      </Box>
      <SavedNotice {...props.notice} />
    </>
  );
}
