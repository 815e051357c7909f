import {
  AIMS_ROLE_LABELS,
  aimsContextUpdatePermission,
} from '@aigov/plugin-ai-governance-common';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { AimsPage } from './AimsNav';
import { AimsToolbar } from './AimsToolbar';
import { AimsTable } from './AimsTable';
import { RolesDialog } from './RolesDialog';
import { CONTEXT_UPDATE_DENIED } from './scopeLabels';
import { useAimsRecords } from './useAimsRecords';
import { LoadProgress } from '../shared';

/**
 * The roles of the management system (ISO/IEC 42001 5.3, A.3.2): each role,
 * the catalog groups and users who hold it, and its responsibilities; an
 * unassigned role is said so. The governance office edits them.
 */
export function RolesContent() {
  const page = useAimsRecords({
    load: api => api.getAimsRoles(),
    permission: aimsContextUpdatePermission,
    denied: CONTEXT_UPDATE_DENIED,
  });
  if (!page.records.value) {
    return (
      <LoadProgress
        state={page.records}
        what="roles of the management system"
      />
    );
  }
  const current = page.records.value;
  const unassigned = current.roles.filter(r => r.holders.length === 0).length;
  return (
    <Box display="flex" flexDirection="column">
      <AimsToolbar
        action="Edit roles"
        guard={page.canUpdate}
        onAction={() => page.setDialog(true)}
        notice={page.notice}
      >
        <Typography variant="body2" color="textSecondary">
          {current.defined
            ? `Version ${current.version}; ${unassigned} of ${current.roles.length} roles unassigned`
            : 'Not recorded yet: the configured governance office holds its role, no one else holds one'}
        </Typography>
      </AimsToolbar>
      <AimsTable
        label="AIMS roles"
        columns={['Role', 'Held by', 'Responsibilities']}
        rows={current.roles}
      >
        {r => (
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
        )}
      </AimsTable>
      {page.dialog && (
        <RolesDialog
          roles={current}
          onClose={page.close}
          onReload={page.reload}
          onSaved={() => page.saved('Roles saved')}
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
