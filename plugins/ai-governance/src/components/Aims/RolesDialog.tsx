import { useState } from 'react';
import {
  AIMS_ROLE_LABELS,
  aimsRolesPutSchema,
  type AimsRoles,
} from '@aigov/plugin-ai-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { aiGovernanceApiRef } from '../../api';
import { FormDialog, useCheckedSave } from '../shared';
import { HoldersPicker } from './HoldersPicker';

/** Props of {@link RolesDialog}. */
export interface RolesDialogProps {
  roles: AimsRoles;
  onClose: () => void;
  onSaved: (roles: AimsRoles) => void;
  /** Reloads the roles after a 412 (someone else changed them). */
  onReload: () => void;
}

/**
 * Records who holds every AIMS role and what it is responsible for (the
 * governance office), all roles sent at the version read.
 */
export function RolesDialog(props: RolesDialogProps) {
  const api = useApi(aiGovernanceApiRef);
  const initial = props.roles.roles;
  const [roles, setRoles] = useState(initial);
  const { fieldHelp, saveError, saving, save } = useCheckedSave();
  const change = (i: number, patch: Partial<(typeof roles)[number]>) =>
    setRoles(roles.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const submit = async () => {
    const body = { roles };
    await save(aimsRolesPutSchema.safeParse(body), async checked => {
      props.onSaved(await api.updateAimsRoles(props.roles.version, checked));
    });
  };

  return (
    <FormDialog
      titleId="aims-roles-title"
      title="Edit the AIMS roles"
      maxWidth="md"
      onClose={props.onClose}
      dirty={JSON.stringify(roles) !== JSON.stringify(initial)}
      onSave={submit}
      saveLabel="Save roles"
      saving={saving}
      saveError={saveError}
      onReload={props.onReload}
    >
      {roles.map((r, i) => (
        <div key={r.role}>
          <Typography variant="subtitle1" style={{ marginTop: 16 }}>
            {AIMS_ROLE_LABELS[r.role]}
          </Typography>
          <HoldersPicker
            id={`aims-role-${r.role}-holders`}
            label={`Holders of ${AIMS_ROLE_LABELS[r.role]}`}
            value={r.holders}
            onChange={holders => change(i, { holders })}
            {...fieldHelp(
              `roles[${i}].holders`,
              'Holders',
              'Catalog groups and users; members of a group hold the role',
            )}
          />
          <TextField
            id={`aims-role-${r.role}-responsibilities`}
            label={`Responsibilities of ${AIMS_ROLE_LABELS[r.role]}`}
            multiline
            minRows={2}
            fullWidth
            margin="dense"
            value={r.responsibilities}
            onChange={e => change(i, { responsibilities: e.target.value })}
            {...fieldHelp(`roles[${i}].responsibilities`, 'Responsibilities')}
          />
        </div>
      ))}
    </FormDialog>
  );
}
