/**
 * The stored version of a record, read again for "Reload latest" after a
 * 412: the first of `list` that `matches`. Rejects with `goneMessage` when
 * the record was deleted meanwhile, so the dialog shows that as its error.
 */
export async function findLatest<T>(
  list: Promise<T[]>,
  matches: (item: T) => boolean,
  goneMessage: string,
): Promise<T> {
  const latest = (await list).find(matches);
  if (!latest) throw new Error(goneMessage);
  return latest;
}
