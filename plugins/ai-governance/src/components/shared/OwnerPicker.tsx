import { useMemo, useState, type ReactNode } from 'react';
import { type Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import TextField, { type TextFieldProps } from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Autocomplete from '@material-ui/lab/Autocomplete';
import useAsync from 'react-use/esm/useAsync';

/** A user or group the catalog knows, as the picker lists it. */
export interface OwnerOption {
  /** The entity ref the record stores, e.g. `group:default/payments-risk`. */
  ref: string;
  /** What people call it: the profile's display name, the title or the name. */
  displayName: string;
  /** `Group` or `User`, the heading it is listed under. */
  kind: string;
}

/** The props of {@link OwnerPicker}; the rest of a text field's as in the forms. */
export interface OwnerPickerProps {
  id: string;
  name?: string;
  label: string;
  /** The entity ref, or whatever the user typed. */
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  error?: boolean;
  helperText?: ReactNode;
  margin?: 'none' | 'dense' | 'normal';
}

// Only what the list shows: users and groups can carry large profiles.
const FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.profile.displayName',
];

/** The hint under an owner field until something is picked. */
export const OWNER_HINT =
  'Pick a group or user, or type an entity reference like group:default/payments-risk';

/** A form's text-field props (id, label, value, error, hint) for the picker. */
export function ownerPickerProps(
  p: TextFieldProps,
): Omit<OwnerPickerProps, 'onChange'> {
  return {
    id: p.id ?? p.name ?? 'owner',
    name: p.name,
    label: String(p.label ?? 'Owner'),
    value: String(p.value ?? ''),
    required: p.required,
    error: p.error,
    helperText: p.helperText,
    margin: p.margin,
  };
}

/** The catalog's users and groups as picker options, groups first. */
export function toOwnerOptions(entities: Entity[]): OwnerOption[] {
  return entities
    .map(e => {
      const profile = (e.spec?.profile ?? {}) as { displayName?: string };
      return {
        ref: stringifyEntityRef(e),
        displayName: profile.displayName ?? e.metadata.title ?? e.metadata.name,
        kind: e.kind,
      };
    })
    .sort(
      (a, b) =>
        a.kind.localeCompare(b.kind) ||
        a.displayName.localeCompare(b.displayName),
    );
}

/** The options whose display name or ref contains what was typed. */
function matching(options: OwnerOption[], typed: string): OwnerOption[] {
  const needle = typed.trim().toLocaleLowerCase('en-GB');
  if (!needle) return options;
  return options.filter(
    o =>
      o.ref.includes(needle) ||
      o.displayName.toLocaleLowerCase('en-GB').includes(needle),
  );
}

/**
 * Picks an owner from the catalog's groups and users by name; the value is
 * the entity ref. Typing a ref the catalog does not list is still allowed
 * (the form's schema checks it), so an owner can be set before it is synced.
 */
export function OwnerPicker(props: OwnerPickerProps) {
  const { value, onChange } = props;
  const catalogApi = useApi(catalogApiRef);
  const { value: options = [], loading } = useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: ['Group', 'User'] },
      fields: FIELDS,
    });
    return toOwnerOptions(items);
  }, [catalogApi]);
  const byRef = useMemo(() => new Map(options.map(o => [o.ref, o])), [options]);
  const [open, setOpen] = useState(false);
  const shown = matching(options, value);
  const picked = byRef.get(value);

  return (
    <Autocomplete<string, false, false, true>
      id={props.id}
      freeSolo
      fullWidth
      // Controlled so an empty list is no popup: Escape then reaches the dialog.
      open={open && shown.length > 0}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={shown.map(o => o.ref)}
      filterOptions={refs => refs}
      groupBy={ref => (byRef.get(ref)?.kind === 'User' ? 'Users' : 'Groups')}
      value={value || null}
      inputValue={value}
      onInputChange={(_event, typed) => onChange(typed)}
      onChange={(_event, ref) => onChange(ref ?? '')}
      loading={loading}
      renderOption={ref => (
        <div>
          <Typography variant="body2">{byRef.get(ref)?.displayName}</Typography>
          <Typography variant="caption" color="textSecondary">
            {ref}
          </Typography>
        </div>
      )}
      renderInput={params => (
        <TextField
          {...params}
          name={props.name}
          label={props.label}
          required={props.required}
          error={props.error}
          margin={props.margin}
          // The chosen owner's name, so a ref reads as the team it stands for.
          helperText={
            props.error || !picked
              ? props.helperText
              : `${picked.displayName} (${picked.kind.toLocaleLowerCase(
                  'en-GB',
                )})`
          }
        />
      )}
    />
  );
}
