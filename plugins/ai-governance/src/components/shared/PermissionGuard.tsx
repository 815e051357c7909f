import { type ReactElement, useMemo } from 'react';
import Button, { type ButtonProps } from '@material-ui/core/Button';
import Tooltip from '@material-ui/core/Tooltip';
import { usePermission } from '@backstage/plugin-permission-react';
import type { controlUpdatePermission } from '@aigov/plugin-ai-governance-common';
import { DENIED } from './deniedReasons';

/** Every governance permission is a resource permission on the entity. */
type GovernancePermission = typeof controlUpdatePermission;

/** Whether the user may do something, and if not, why, in words for the user. */
export interface Guard {
  allowed: boolean;
  /** True while the permission framework has not answered yet. */
  pending: boolean;
  /** Set once the answer is known and negative (or could not be had). */
  reason?: string;
}

/**
 * Asks the permission framework about one action on one entity. While the
 * answer is pending the action counts as not allowed (no flicker of enabled
 * buttons) but no reason is given yet, because none is known.
 */
export function usePermissionGuard(
  permission: GovernancePermission,
  entityRef: string,
  deniedReason: string,
): Guard {
  const { allowed, loading, error } = usePermission({
    permission,
    resourceRef: entityRef,
  });
  let reason: string | undefined;
  if (!allowed && !loading) reason = error ? DENIED.failed : deniedReason;
  const pending = !allowed && loading;
  // Stable while the answer is unchanged, so memoised rows do not re-render.
  return useMemo(
    () => ({ allowed, pending, reason }),
    [allowed, pending, reason],
  );
}

/** What a disabled button's tooltip says: the reason, or that the check is still running. */
export function disabledReason(guard: Guard): string | undefined {
  if (guard.allowed) return undefined;
  return guard.reason ?? DENIED.checking;
}

/**
 * Keeps a disabled action visible and explains why. A disabled control gets
 * no mouse events, so the tooltip hangs on a wrapping span; `focusable` lets
 * keyboard users reach it too (left off where a view repeats the reasons in
 * text, so long tables do not fill the tab order with stops).
 */
export function WhyDisabled(props: {
  reason?: string;
  focusable?: boolean;
  children: ReactElement;
}) {
  if (!props.reason) return props.children;
  return (
    <Tooltip title={props.reason}>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a disabled button takes no focus; the wrapper does, so keyboard users reach the reason */}
      <span tabIndex={props.focusable ? 0 : undefined}>{props.children}</span>
    </Tooltip>
  );
}

/**
 * A button that stays visible when the user may not use it: disabled, with
 * the reason in a tooltip that mouse and keyboard users both reach.
 */
export function ReasonButton(props: ButtonProps & { disabledReason?: string }) {
  const { disabledReason: reason, ...buttonProps } = props;
  if (!reason) return <Button {...buttonProps} />;
  return (
    <WhyDisabled reason={reason} focusable>
      <Button {...buttonProps} disabled />
    </WhyDisabled>
  );
}
