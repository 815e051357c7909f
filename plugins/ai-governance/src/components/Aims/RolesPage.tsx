import { useState } from 'react';
import {
  AIMS_ENTITY_REF,
  AIMS_ROLE_LABELS,
  aimsContextUpdatePermission,
} from '@aigov/plugin-ai-governance-common';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import {
  LoadError,
  ReasonButton,
  SavedNotice,
  disabledReason,
  usePermissionGuard,
} from '../shared';
import { AimsPage } from './AimsNav';
import { RolesDialog } from './RolesDialog';
import { CONTEXT_UPDATE_DENIED } from './scopeLabels';

/**
 * The roles of the management system (ISO/IEC 42001 5.3, A.3.2): each role,
 * the catalog groups and users who hold it, and its responsibilities; an
 * unassigned role is said so. The governance office edits them.
 */
export function RolesContent() {
  const api = useApi(aiGovernanceApiRef);
  const roles = useAsyncRetry(() => api.getAimsRoles(), [api]);
  const canUpdate = usePermissionGuard(
    aimsContextUpdatePermission,
    AIMS_ENTITY_REF,
    CONTEXT_UPDATE_DENIED,
  );
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string>();

  if (roles.error) {
    return (
      <LoadError
        error={roles.error}
        what="roles of the management system"
        onRetry={roles.retry}
      />
    );
  }
  if (!roles.value) return <Progress />;
  const current = roles.value;
  const unassigned = current.roles.filter(r => r.holders.length === 0).length;
  return (
    <Box display="flex" flexDirection="column">
      <Box display="flex" alignItems="center" gridGap={16} mb={2}>
        <Typography variant="body2" color="textSecondary">
          {current.defined
            ? `Version ${current.version}; ${unassigned} of ${current.roles.length} roles unassigned`
            : 'Not recorded yet: the configured governance office holds its role, no one else holds one'}
        </Typography>
        <ReasonButton
          variant="contained"
          color="primary"
          disabledReason={disabledReason(canUpdate)}
          onClick={() => setEditing(true)}
        >
          Edit roles
        </ReasonButton>
      </Box>
      <SavedNotice message={saved} onDismiss={() => setSaved(undefined)} />
      <Paper variant="outlined">
        <Table size="small" aria-label="AIMS roles">
          <TableHead>
            <TableRow>
              <TableCell>Role</TableCell>
              <TableCell>Held by</TableCell>
              <TableCell>Responsibilities</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {current.roles.map(r => (
              <TableRow key={r.role}>
                <TableCell>{AIMS_ROLE_LABELS[r.role]}</TableCell>
                <TableCell>
                  {r.holders.length === 0 ? (
                    <Typography variant="body2" color="error">
                      Unassigned
                    </Typography>
                  ) : (
                    r.holders.map(h => (
                      <div key={h}>
                        <EntityRefLink entityRef={h} />
                      </div>
                    ))
                  )}
                </TableCell>
                <TableCell>{r.responsibilities}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      {editing && (
        <RolesDialog
          roles={current}
          onClose={() => setEditing(false)}
          onReload={() => {
            setEditing(false);
            roles.retry();
          }}
          onSaved={() => {
            setEditing(false);
            setSaved('Roles saved');
            roles.retry();
          }}
        />
      )}
    </Box>
  );
}

/** The roles page at `/ai-governance/aims/roles`. @public */
export function RolesPage() {
  return (
    <AimsPage
      title="Roles"
      subtitle="Roles, responsibilities and authorities of the AI management system (ISO/IEC 42001 5.3)"
    >
      <RolesContent />
    </AimsPage>
  );
}
