import { getAnnexAControl } from '@aigov/plugin-ai-governance-common';
import Typography from '@material-ui/core/Typography';

/**
 * Where a control meets the EU AI Act and the NIST AI RMF, from the control
 * library. A line of text under the control, not a column: the table must
 * fit 1280 px.
 */
export function ControlMappings(props: {
  controlId: string;
  variant?: 'caption' | 'body2';
}) {
  const control = getAnnexAControl(props.controlId);
  if (!control) return null;
  const parts = [
    control.euAiAct.length > 0 && `EU AI Act ${control.euAiAct.join(', ')}`,
    control.nistAiRmf.length > 0 &&
      `NIST AI RMF ${control.nistAiRmf.join(', ')}`,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <Typography
      variant={props.variant ?? 'caption'}
      color="textSecondary"
      display="block"
    >
      {parts.join(' · ')}
    </Typography>
  );
}
