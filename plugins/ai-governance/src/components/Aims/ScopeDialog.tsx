import { useState } from 'react';
import {
  AI_ACT_ROLES,
  aimsScopePutSchema,
  type AiActRole,
  type AimsScope,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormLabel from '@material-ui/core/FormLabel';
import TextField from '@material-ui/core/TextField';
import { aiGovernanceApiRef } from '../../api';
import { FormDialog, useCheckedForm } from '../shared';
import {
  AI_ACT_ROLE_LABELS,
  exclusionsToText,
  issuesToText,
  itemsOf,
  partiesToText,
  textToExclusions,
  textToIssues,
  textToParties,
} from './scopeLabels';

/** Props of {@link ScopeDialog}. */
export interface ScopeDialogProps {
  scope: AimsScope;
  onClose: () => void;
  onSaved: (scope: AimsScope) => void;
  /** Reloads the scope after a 412 (someone else changed it). */
  onReload: () => void;
}

/** The fields of the dialog as text, from the record read. */
function fieldsOf(scope: AimsScope) {
  return {
    statement: scope.statement,
    boundaries: scope.boundaries,
    lifecycles: scope.filter.excludeLifecycles.join(', '),
    systems: scope.filter.systems.join(', '),
    domains: scope.filter.domains.join(', '),
    exclusions: exclusionsToText(scope.filter.exclusions),
    issues: issuesToText(scope.issues),
    parties: partiesToText(scope.interestedParties),
  };
}
type Fields = ReturnType<typeof fieldsOf>;

const HINTS: Record<keyof Fields, string> = {
  statement: 'What the AI management system covers',
  boundaries: 'Units, sites and activities in or out',
  lifecycles: 'Comma-separated, e.g. experimental',
  systems:
    'Only AI systems of these catalog Systems, e.g. system:default/payments (empty: any)',
  domains:
    'Or of Systems in these Domains, e.g. domain:default/retail-banking (empty: any)',
  exclusions: 'One a line: aisystem:default/name | why it is out',
  issues:
    'One a line: internal or external | the issue | its effect on the AIMS',
  parties: 'One a line: name | requirement | requirement … (feedback is kept)',
};

const LABELS: Record<keyof Fields, string> = {
  statement: 'Scope statement',
  boundaries: 'Boundaries',
  lifecycles: 'Lifecycles left out',
  systems: 'Catalog Systems',
  domains: 'Domains',
  exclusions: 'Excluded AI systems',
  issues: 'Issues',
  parties: 'Interested parties',
};

/** Where the API's or the schema's field paths show in this form. */
const PATHS: Record<keyof Fields, string> = {
  statement: 'statement',
  boundaries: 'boundaries',
  lifecycles: 'filter.excludeLifecycles',
  systems: 'filter.systems',
  domains: 'filter.domains',
  exclusions: 'filter.exclusions',
  issues: 'issues',
  parties: 'interestedParties',
};

/**
 * Records the whole scope (the governance office): statement, boundaries,
 * the catalog filter, issues, interested parties and the organisation's EU
 * AI Act roles, sent at the version read.
 */
export function ScopeDialog(props: ScopeDialogProps) {
  const { scope } = props;
  const api = useApi(aiGovernanceApiRef);
  const initial = fieldsOf(scope);
  const form = useCheckedForm(initial, 'aims-scope');
  const fields = form.values;
  const [roles, setRoles] = useState<AiActRole[]>(scope.organisationRoles);
  const dirty =
    JSON.stringify(fields) !== JSON.stringify(initial) ||
    roles.join() !== scope.organisationRoles.join();

  const submit = async () => {
    const body = {
      statement: fields.statement,
      boundaries: fields.boundaries,
      filter: {
        excludeLifecycles: itemsOf(fields.lifecycles),
        systems: itemsOf(fields.systems),
        domains: itemsOf(fields.domains),
        exclusions: textToExclusions(fields.exclusions),
      },
      issues: textToIssues(fields.issues, scope.issues),
      interestedParties: textToParties(fields.parties, scope.interestedParties),
      organisationRoles: AI_ACT_ROLES.filter(r => roles.includes(r)),
    };
    await form.save(aimsScopePutSchema.safeParse(body), async checked => {
      props.onSaved(await api.updateAimsScope(scope.version, checked));
    });
  };

  const field = (name: keyof Fields, rows: number, required = false) => (
    <TextField
      key={name}
      {...form.text(name, LABELS[name], HINTS[name], PATHS[name])}
      required={required}
      multiline={rows > 1}
      minRows={rows > 1 ? rows : undefined}
    />
  );

  return (
    <FormDialog
      titleId="aims-scope-title"
      title="Edit the scope and context"
      maxWidth="md"
      onClose={props.onClose}
      dirty={dirty}
      onSave={submit}
      saveLabel="Save scope"
      saving={form.saving}
      saveError={form.saveError}
      onReload={props.onReload}
    >
      {field('statement', 3, true)}
      {field('boundaries', 2)}
      {field('lifecycles', 1)}
      {field('systems', 1)}
      {field('domains', 1)}
      {field('exclusions', 2)}
      {field('issues', 3)}
      {field('parties', 3)}
      <FormControl component="fieldset" margin="normal">
        <FormLabel component="legend">Roles of the organisation</FormLabel>
        <FormGroup row>
          {AI_ACT_ROLES.map(r => (
            <FormControlLabel
              key={r}
              label={AI_ACT_ROLE_LABELS[r]}
              control={
                <Checkbox
                  checked={roles.includes(r)}
                  onChange={e =>
                    setRoles(
                      e.target.checked
                        ? [...roles, r]
                        : roles.filter(x => x !== r),
                    )
                  }
                />
              }
            />
          ))}
        </FormGroup>
      </FormControl>
    </FormDialog>
  );
}
