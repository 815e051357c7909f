import {
  type FormEvent,
  type ReactNode,
  useCallback,
  useRef,
  useState,
} from 'react';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog, { type DialogProps } from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import { SaveErrorAlert } from './SaveErrorAlert';

/** What a form dialog that saves one record of an entity is given. */
export interface RecordDialogProps<Saved> {
  entityRef: CompoundEntityRef;
  onClose: () => void;
  /** Called with the record as the API stored it. */
  onSaved: (saved: Saved) => void;
}

/** Props of {@link FormDialog}. */
export interface FormDialogProps {
  /** The title's element id; the title names the dialog for assistive tech. */
  titleId: string;
  title: ReactNode;
  maxWidth: DialogProps['maxWidth'];
  onClose: () => void;
  /**
   * What the primary button does. Left out, there is no primary button, only
   * Cancel (or `cancelLabel`), e.g. once a bulk change has reported.
   */
  onSave?: () => void;
  saveLabel?: ReactNode;
  /** Disables the primary button while a save is under way. */
  saving?: boolean;
  /**
   * Blocks every way out while work runs that must not be cut short:
   * Escape, the backdrop and Cancel.
   */
  busy?: boolean;
  cancelLabel?: string;
  /**
   * The user has typed something not yet saved: Escape and a click on the
   * backdrop then ask "Discard your changes?" instead of closing at once.
   * Cancel still closes at once: pressing it is the choice to discard.
   */
  dirty?: boolean;
  /**
   * Wraps the dialog in a form whose submit is the primary button, so Enter
   * in a field saves too; without it the primary button saves on click only.
   */
  form?: boolean;
  /** The failed save to explain; with `onReload`, a 412 offers "Reload latest". */
  saveError?: unknown;
  onReload?: () => void;
  /**
   * Where the save error stands: below the fields, next to the buttons (the
   * default), or above them in a column with `alerts`.
   */
  errorPlacement?: 'above' | 'below';
  /** Alerts after the save error when it stands above the fields, e.g. a notice. */
  alerts?: ReactNode;
  children: ReactNode;
}

/*
 * The fields a dialog opens on: the first one a user types into or picks
 * from. Switches, checkboxes and radios are left out: they are MUI buttons
 * whose focus ripple is not mounted yet when the dialog opens.
 */
const FIELD_SELECTOR = [
  'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([disabled]):not([tabindex="-1"])',
  'select:not([disabled])',
  'textarea:not([disabled]):not([aria-hidden="true"])',
].join(', ');

/*
 * Called once, when the content mounts: focusing a field before MUI's focus
 * trap runs keeps the trap from moving focus to the dialog itself, so the
 * user can type at once.
 */
const focusFirstField = (node: HTMLElement | null) => {
  node?.querySelector<HTMLElement>(FIELD_SELECTOR)?.focus();
};

/** Asks before unsaved input is thrown away; Keep editing has the focus. */
function DiscardConfirm(props: { onKeep: () => void; onDiscard: () => void }) {
  const focus = useCallback((node: HTMLButtonElement | null) => {
    node?.focus();
  }, []);
  return (
    <DialogActions role="group" aria-labelledby="discard-changes-question">
      <Typography
        id="discard-changes-question"
        variant="body2"
        style={{ marginRight: 'auto' }}
      >
        Discard your changes?
      </Typography>
      {/* No focus ripple: it is not mounted yet when the focus lands. */}
      <Button ref={focus} disableFocusRipple onClick={props.onKeep}>
        Keep editing
      </Button>
      <Button color="secondary" variant="contained" onClick={props.onDiscard}>
        Discard
      </Button>
    </DialogActions>
  );
}

/**
 * The shell of the plugin's form dialogs: title, content, the save error,
 * and Cancel and a primary action, so they all look and close alike.
 */
export function FormDialog(props: FormDialogProps) {
  const { titleId, onSave, busy, dirty } = props;
  const [confirming, setConfirming] = useState(false);
  const content = useRef<HTMLElement | null>(null);
  const contentRef = useCallback((node: HTMLElement | null) => {
    content.current = node;
    focusFirstField(node);
  }, []);
  // Where the user was when the confirm took the focus, to go back there.
  const lastFocus = useRef<HTMLElement | null>(null);
  const askFirst = () => {
    if (!dirty) {
      props.onClose();
      return;
    }
    lastFocus.current = document.activeElement as HTMLElement | null;
    setConfirming(true);
  };
  const keepEditing = () => {
    setConfirming(false);
    // The confirm's buttons go away; without this the focus would fall to
    // the page and Escape would no longer reach the dialog.
    const last = lastFocus.current;
    if (last?.isConnected && last !== document.body) last.focus();
    else focusFirstField(content.current);
  };
  const above = props.errorPlacement === 'above';
  const saveError = (
    <SaveErrorAlert error={props.saveError} onReload={props.onReload} />
  );
  const body = (
    <>
      <DialogTitle id={titleId}>{props.title}</DialogTitle>
      <DialogContent ref={contentRef}>
        {above && (
          <Box display="flex" flexDirection="column" gridGap={8} mb={2}>
            {saveError}
            {props.alerts}
          </Box>
        )}
        {props.children}
        {!above && saveError}
      </DialogContent>
      {confirming ? (
        <DiscardConfirm onKeep={keepEditing} onDiscard={props.onClose} />
      ) : (
        <DialogActions>
          <Button onClick={props.onClose} disabled={busy}>
            {props.cancelLabel ?? 'Cancel'}
          </Button>
          {onSave && (
            <Button
              type={props.form ? 'submit' : 'button'}
              color="primary"
              variant="contained"
              onClick={props.form ? undefined : onSave}
              disabled={props.saving || busy}
            >
              {props.saveLabel}
            </Button>
          )}
        </DialogActions>
      )}
    </>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave?.();
  };
  return (
    <Dialog
      open
      onClose={busy ? undefined : askFirst}
      fullWidth
      maxWidth={props.maxWidth}
      aria-labelledby={titleId}
    >
      {props.form ? (
        <form noValidate onSubmit={submit}>
          {body}
        </form>
      ) : (
        body
      )}
    </Dialog>
  );
}
