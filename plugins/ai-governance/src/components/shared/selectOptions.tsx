/** The `<option>`s of a native select, one per value, named by its label or else the value itself. */
export function selectOptions<T extends string>(
  values: readonly T[],
  labels?: Record<T, string>,
) {
  return values.map(value => (
    <option key={value} value={value}>
      {labels ? labels[value] : value}
    </option>
  ));
}
