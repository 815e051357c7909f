import Button, { type ButtonProps } from '@material-ui/core/Button';
import Tooltip from '@material-ui/core/Tooltip';

/**
 * A button that stays visible when the user may not use it, disabled with
 * the reason in a tooltip. The wrapper takes the focus and hover a disabled
 * button cannot, so keyboard and mouse users both get the reason.
 */
export function ReasonButton(props: ButtonProps & { disabledReason?: string }) {
  const { disabledReason, ...buttonProps } = props;
  if (!disabledReason) return <Button {...buttonProps} />;
  return (
    <Tooltip title={disabledReason}>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a disabled button takes no focus; the wrapper does, so keyboard users reach the reason */}
      <span tabIndex={0}>
        <Button {...buttonProps} disabled />
      </span>
    </Tooltip>
  );
}
