import { useMemo } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import useAsync from 'react-use/esm/useAsync';
import { toOwnerOptions } from '../shared';

// Only what the list shows: users and groups can carry large profiles.
const FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.profile.displayName',
];

/**
 * Picks the catalog users and groups who hold a role; the value is their
 * entity refs. A ref typed by hand is kept too (the API refuses one the
 * catalog does not know, naming the field).
 */
export function HoldersPicker(props: {
  id: string;
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  error?: boolean;
  helperText?: string;
}) {
  const catalogApi = useApi(catalogApiRef);
  const { value: options = [], loading } = useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: ['Group', 'User'] },
      fields: FIELDS,
    });
    return toOwnerOptions(items);
  }, [catalogApi]);
  const byRef = useMemo(
    () =>
      new Map(options.map(o => [o.ref.toLocaleLowerCase('en-GB'), o] as const)),
    [options],
  );
  const nameOf = (ref: string) =>
    byRef.get(ref.toLocaleLowerCase('en-GB'))?.displayName ?? ref;

  return (
    <Autocomplete<string, true, false, true>
      id={props.id}
      multiple
      freeSolo
      fullWidth
      options={options.map(o => o.ref.toLocaleLowerCase('en-GB'))}
      groupBy={ref => (byRef.get(ref)?.kind === 'User' ? 'Users' : 'Groups')}
      getOptionLabel={nameOf}
      value={props.value}
      onChange={(_event, refs) =>
        props.onChange(refs.map(r => r.trim()).filter(Boolean))
      }
      loading={loading}
      renderInput={params => (
        <TextField
          {...params}
          label={props.label}
          margin="normal"
          error={props.error}
          helperText={props.helperText}
        />
      )}
    />
  );
}
