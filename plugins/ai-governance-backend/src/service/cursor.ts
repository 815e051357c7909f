import { FieldValidationError } from '../errors';

/** Encodes the keyset cursor of a page: the last row's position, opaque to clients. */
export function encodeCursor(position: number): string {
  return Buffer.from(`r${position}`).toString('base64url');
}

/** Decodes a cursor; a malformed one is a 400 naming the parameter. */
export function decodeCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^r(\d{1,15})$/.exec(text);
  if (!match) {
    throw new FieldValidationError('cursor is not a cursor this API returned', [
      { path: 'cursor', message: 'is not a cursor this API returned' },
    ]);
  }
  return Number(match[1]);
}

/** A page as the API answers it: the items and, when more follow, the next cursor. */
export function pageBody<T>(page: { items: T[]; last?: number }) {
  return {
    items: page.items,
    ...(page.last !== undefined ? { nextCursor: encodeCursor(page.last) } : {}),
  };
}
