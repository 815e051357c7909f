import { type ReactElement, useMemo } from 'react';
import Tooltip from '@material-ui/core/Tooltip';
import { usePermission } from '@backstage/plugin-permission-react';
import type { controlUpdatePermission } from '@aigov/plugin-ai-governance-common';

/** Every governance permission is a resource permission on the entity. */
type GovernancePermission = typeof controlUpdatePermission;

/** Whether an action is allowed, and if not, why — in words for the user. */
export interface Guard {
  allowed: boolean;
  /** Set once the decision is known and negative; undefined while loading. */
  reason?: string;
}

/**
 * Asks the permission framework about one action on one entity. While the
 * answer is pending the action counts as not allowed (no flicker of enabled
 * buttons) but no reason is shown yet, because none is known.
 */
export function useGuard(
  permission: GovernancePermission,
  entityRef: string,
  reason: string,
): Guard {
  const { allowed, loading } = usePermission({
    permission,
    resourceRef: entityRef,
  });
  const shown = allowed || loading ? undefined : reason;
  // Stable while the decision is unchanged, so memoised rows do not re-render.
  return useMemo(() => ({ allowed, reason: shown }), [allowed, shown]);
}

/**
 * Keeps a disabled action visible and explains why. A disabled button gets no
 * mouse events, so the tooltip hangs on a wrapping span.
 */
export function WhyDisabled(props: {
  reason?: string;
  children: ReactElement;
}) {
  if (!props.reason) return props.children;
  return (
    <Tooltip title={props.reason}>
      <span>{props.children}</span>
    </Tooltip>
  );
}
