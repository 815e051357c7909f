import { render, screen } from '@testing-library/react';
import TextField from '@material-ui/core/TextField';
import { useState } from 'react';
import { setupUser } from '../../__testUtils__';
import { FormDialog } from './FormDialog';

/** A one-field dialog that is dirty once something is typed. */
function NoteDialog(props: { onClose: () => void }) {
  const [note, setNote] = useState('');
  return (
    <FormDialog
      titleId="note-title"
      title="Write a note"
      maxWidth="sm"
      onClose={props.onClose}
      dirty={note !== ''}
      onSave={() => {}}
      saveLabel="Save"
    >
      <p>Notes are kept with the record.</p>
      <TextField
        id="note"
        label="Note"
        value={note}
        onChange={e => setNote(e.target.value)}
      />
      <TextField id="other" label="Other" />
    </FormDialog>
  );
}

function renderDialog() {
  const onClose = jest.fn();
  render(<NoteDialog onClose={onClose} />);
  return { onClose, user: setupUser() };
}

describe('FormDialog', () => {
  it('puts the focus on the first field when it opens', () => {
    renderDialog();
    expect(screen.getByLabelText('Note')).toHaveFocus();
  });

  it('closes at once on Escape when nothing was typed', async () => {
    const { onClose, user } = renderDialog();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Discard your changes?')).toBeNull();
  });

  it('asks before Escape discards what was typed, and Keep editing keeps it', async () => {
    const { onClose, user } = renderDialog();
    await user.type(screen.getByLabelText('Note'), 'half a thought');

    await user.keyboard('{Escape}');

    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByText('Discard your changes?')).toBeInTheDocument();
    const keep = screen.getByRole('button', { name: 'Keep editing' });
    expect(keep).toHaveFocus();
    await user.click(keep);
    expect(screen.queryByText('Discard your changes?')).toBeNull();
    expect(screen.getByLabelText('Note')).toHaveValue('half a thought');
    // Back where the user was typing, so Escape reaches the dialog again.
    expect(screen.getByLabelText('Note')).toHaveFocus();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes after Escape once the user chose Discard', async () => {
    const { onClose, user } = renderDialog();
    await user.type(screen.getByLabelText('Note'), 'draft');

    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Discard' }));

    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes at once on Cancel, the explicit way to discard', async () => {
    const { onClose, user } = renderDialog();
    await user.type(screen.getByLabelText('Note'), 'draft');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Discard your changes?')).toBeNull();
  });
});
