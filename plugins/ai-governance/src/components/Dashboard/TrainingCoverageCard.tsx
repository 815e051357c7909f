import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import { aimsTrainingRouteRef } from '../../routes';
import { EmptyNote, LoadError, useOptionalRouteRef } from '../shared';
import { CoverageBar } from '../Training/CoverageBar';

/** Teams the card lists, furthest behind first. */
const SHOWN = 5;

/**
 * The dashboard's training coverage: the organisation's share of people
 * holding every course their role needs, and the teams furthest behind.
 */
export function TrainingCoverageCard() {
  const api = useApi(aiGovernanceApiRef);
  const coverage = useAsyncRetry(() => api.getTrainingCoverage(), [api]);
  const trainingPage = useOptionalRouteRef(aimsTrainingRouteRef);
  const value = coverage.value;
  const behind = value
    ? [...value.teams]
        .sort((a, b) => (a.percent ?? 100) - (b.percent ?? 100))
        .slice(0, SHOWN)
    : [];

  return (
    <InfoCard
      title="Training coverage"
      subheader="People holding every course their role needs (AI literacy, high-risk obligations, auditor)"
    >
      {coverage.loading && <Progress aria-label="Loading training coverage" />}
      {coverage.error && (
        <LoadError
          error={coverage.error}
          what="training coverage"
          onRetry={coverage.retry}
        />
      )}
      {value && value.total.members === 0 && (
        <EmptyNote>The catalog lists no people to count.</EmptyNote>
      )}
      {value && value.total.members > 0 && (
        <Table
          size="small"
          aria-label="Training coverage, teams furthest behind first"
        >
          <TableBody>
            <TableRow>
              <TableCell>
                <strong>Organisation</strong> ({value.total.covered} of{' '}
                {value.total.members})
              </TableCell>
              <TableCell width="50%">
                <CoverageBar
                  percent={value.total.percent}
                  label="Organisation training coverage"
                />
              </TableCell>
            </TableRow>
            {behind.map(t => (
              <TableRow key={t.groupRef}>
                <TableCell>
                  <EntityRefLink entityRef={t.groupRef} title={t.title} />
                </TableCell>
                <TableCell>
                  <CoverageBar
                    percent={t.percent}
                    label={`${t.title} training coverage`}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {trainingPage && (
        <Box mt={2}>
          <Link to={trainingPage()}>Training records</Link>
        </Box>
      )}
    </InfoCard>
  );
}
