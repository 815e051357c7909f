import Button, { type ButtonProps } from '@material-ui/core/Button';
import HelpOutlineIcon from '@material-ui/icons/HelpOutline';
import { useState } from 'react';
import { GlossaryDialog } from './GlossaryDialog';

/** A "Glossary" button that opens the glossary of governance terms. */
export function GlossaryButton(
  props: Pick<ButtonProps, 'size' | 'variant' | 'className' | 'style'>,
) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size={props.size}
        className={props.className}
        style={props.style}
        variant={props.variant ?? 'outlined'}
        startIcon={<HelpOutlineIcon />}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Glossary
      </Button>
      {open && <GlossaryDialog open onClose={() => setOpen(false)} />}
    </>
  );
}
