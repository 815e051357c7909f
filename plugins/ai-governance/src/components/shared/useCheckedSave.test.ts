import { act, renderHook } from '@testing-library/react';
import { aimsClausePutSchema } from '@aigov/plugin-ai-governance-common';
import { apiError } from '../../__testUtils__';
import { useCheckedSave } from './useCheckedSave';

describe('useCheckedSave', () => {
  it('sends nothing the schema refuses, and names the field, list items under the list', async () => {
    const { result } = renderHook(() => useCheckedSave());
    const send = jest.fn();
    const body = { status: 'bogus', evidenceLinks: [{ url: 'not a url' }] };
    await act(() =>
      result.current.save(aimsClausePutSchema.safeParse(body), send),
    );
    expect(send).not.toHaveBeenCalled();
    expect(result.current.problem('status')).toBeDefined();
    expect(result.current.problem('evidenceLinks')).toBeDefined();
    expect(result.current.saving).toBe(false);
  });

  it('sends nothing while another rule objects', async () => {
    const { result } = renderHook(() => useCheckedSave());
    const send = jest.fn();
    await act(() =>
      result.current.save(
        aimsClausePutSchema.safeParse({ status: 'gap' }),
        send,
        { more: [{ path: 'owner', message: 'needs an owner' }] },
      ),
    );
    expect(send).not.toHaveBeenCalled();
    expect(result.current.problem('owner')).toBe('needs an owner');
  });

  it("sends the checked body and shows the API's refusal on its field", async () => {
    const { result } = renderHook(() => useCheckedSave());
    const error = await apiError(400, 'Invalid clause assessment', [
      { path: 'owner', message: 'is not in the catalog' },
    ]);
    const send = jest.fn(async () => {
      throw error;
    });
    await act(() =>
      result.current.save(
        aimsClausePutSchema.safeParse({ status: 'gap' }),
        send,
      ),
    );
    expect(send).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'gap', notes: '', owner: null }),
    );
    expect(result.current.problem('owner')).toBe('is not in the catalog');
    expect(result.current.saveError).toBe(error);
    expect(result.current.saving).toBe(false);
  });

  it("gives a field its problem as a sentence, else the field's hint", async () => {
    const { result } = renderHook(() => useCheckedSave());
    expect(result.current.fieldHelp('owner', 'Owner', 'Who')).toEqual({
      error: false,
      helperText: 'Who',
    });
    await act(() =>
      result.current.save(
        aimsClausePutSchema.safeParse({ status: 'gap' }),
        jest.fn(),
        { more: [{ path: 'owner', message: 'is not in the catalog' }] },
      ),
    );
    expect(result.current.fieldHelp('owner', 'Owner', 'Who')).toEqual({
      error: true,
      helperText: 'Owner is not in the catalog',
    });
  });
});
