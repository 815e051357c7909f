import { useState } from 'react';
import type { ExportScope } from '@aigov/plugin-ai-governance-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import GetAppIcon from '@material-ui/icons/GetApp';
import Alert from '@material-ui/lab/Alert';
import { aiGovernanceApiRef } from '../../api';
import { useFileDownload } from '../../hooks';
import { errorMessage, today } from '../shared';

type ExportKind = 'risk-register' | 'soa';

const EXPORTS: Array<{ kind: ExportKind; label: string; fileName: string }> = [
  {
    kind: 'risk-register',
    label: 'Export risk register (CSV)',
    fileName: 'risk-register',
  },
  {
    kind: 'soa',
    label: 'Export Statement of Applicability (CSV)',
    fileName: 'statement-of-applicability',
  },
];

/** The file name's suffix of a scoped export: the entity's or team's name. */
function scopeSuffix(scope?: ExportScope) {
  const ref = scope?.entityRef ?? scope?.owner;
  return ref ? `-${parseEntityRef(ref).name}` : '';
}

/**
 * Buttons that download the CSV exports through the fetchApi: org-wide, or
 * of one AI system (`scope.entityRef`) or one team and its child groups
 * (`scope.owner`).
 */
export function ExportButtons(props: { scope?: ExportScope }) {
  const { scope } = props;
  const api = useApi(aiGovernanceApiRef);
  const saveFile = useFileDownload();
  const [busy, setBusy] = useState<ExportKind>();
  const [error, setError] = useState<string>();

  const download = async (kind: ExportKind, fileName: string) => {
    setBusy(kind);
    setError(undefined);
    try {
      await saveFile(
        await api.exportUrl(kind, scope),
        `${fileName}${scopeSuffix(scope)}-${today()}.csv`,
      );
    } catch (e) {
      setError(`Could not export: ${errorMessage(e)}`);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Box display="flex" flexDirection="column" alignItems="flex-end">
      <Box display="flex" flexWrap="wrap" gridGap={8}>
        {EXPORTS.map(e => (
          <Button
            key={e.kind}
            variant="outlined"
            color="primary"
            disabled={busy !== undefined}
            aria-busy={busy === e.kind}
            startIcon={
              busy === e.kind ? (
                <CircularProgress size={16} aria-hidden />
              ) : (
                <GetAppIcon />
              )
            }
            onClick={() => download(e.kind, e.fileName)}
          >
            {e.label}
          </Button>
        ))}
      </Box>
      {error && (
        <Box mt={1}>
          <Alert
            severity="error"
            role="alert"
            onClose={() => setError(undefined)}
          >
            {error}
          </Alert>
        </Box>
      )}
    </Box>
  );
}
