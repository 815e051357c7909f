/**
 * Serialises JSON with object keys sorted at every depth, so the same value
 * always yields the same text (and the same hash) whatever order its keys
 * were built in. `undefined` members are dropped, as JSON.stringify does.
 * @public
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    return text === undefined ? 'null' : text;
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    // Code-unit order, the same on every platform (unlike localeCompare).
    .sort(([a], [b]) => {
      if (a === b) return 0;
      return a < b ? -1 : 1;
    });
  return `{${entries
    .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
    .join(',')}}`;
}
