import { act, renderHook } from '@testing-library/react';
import { aimsClausePutSchema } from '@aigov/plugin-ai-governance-common';
import { useCheckedForm } from './useCheckedForm';

describe('useCheckedForm', () => {
  it("binds a text field to its value, with its id, and shows the problem at the field's path", async () => {
    const { result } = renderHook(() =>
      useCheckedForm({ notes: '', who: '' }, 'clause'),
    );
    const notes = result.current.text('notes', 'Notes', 'What is in place');
    expect(notes).toMatchObject({
      id: 'clause-notes',
      label: 'Notes',
      value: '',
      error: false,
      helperText: 'What is in place',
      fullWidth: true,
      margin: 'normal',
    });
    act(() => notes.onChange({ target: { value: 'All of it' } } as never));
    expect(result.current.values.notes).toBe('All of it');
    act(() => result.current.set('who', 'group:default/office'));
    expect(result.current.values).toEqual({
      notes: 'All of it',
      who: 'group:default/office',
    });

    await act(() =>
      result.current.save(
        aimsClausePutSchema.safeParse({ status: 'gap' }),
        jest.fn(),
        { more: [{ path: 'owner', message: 'is not in the catalog' }] },
      ),
    );
    expect(result.current.text('who', 'Owner', 'Who', 'owner')).toMatchObject({
      id: 'clause-who',
      error: true,
      helperText: 'Owner is not in the catalog',
    });
  });
});
