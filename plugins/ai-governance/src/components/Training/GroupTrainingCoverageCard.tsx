import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import { aimsTrainingRouteRef } from '../../routes';
import { FactList } from '../cards/FactList';
import { EmptyNote, LoadError, useOptionalRouteRef } from '../shared';
import { CoverageBar } from './CoverageBar';
import { courseTitle } from './labels';

/**
 * Card on a Group: how many of the team's members (its sub-teams'
 * included, from catalog membership) hold every course their role needs,
 * unexpired, and per course; with a link to the Training page.
 * @public
 */
export function GroupTrainingCoverageCard() {
  const { entity } = useEntity();
  const groupRef = stringifyEntityRef(entity);
  const api = useApi(aiGovernanceApiRef);
  const state = useAsyncRetry(async () => {
    const [coverage, catalogue] = await Promise.all([
      api.getTrainingCoverage({ team: groupRef }),
      api.listTrainingCourses(),
    ]);
    return { row: coverage.teams[0], courses: catalogue.items };
  }, [api, groupRef]);
  const trainingPage = useOptionalRouteRef(aimsTrainingRouteRef);

  return (
    <InfoCard
      title="Training coverage"
      subheader="Members of this team and its child groups holding every course their role needs"
    >
      {state.loading && <Progress aria-label="Loading training coverage" />}
      {state.error && (
        <LoadError
          error={state.error}
          what="training coverage"
          onRetry={state.retry}
        />
      )}
      {state.value && !state.value.row && (
        <EmptyNote>The catalog lists no members of this team.</EmptyNote>
      )}
      {state.value?.row && (
        <FactList
          aria-label="Training coverage"
          facts={[
            {
              label: 'Covered',
              value: (
                <CoverageBar
                  percent={state.value.row.percent}
                  label="Team training coverage"
                />
              ),
            },
            {
              label: 'Members',
              value: `${state.value.row.covered} of ${state.value.row.members} covered`,
            },
            ...state.value.row.courses.map(c => ({
              label: courseTitle(state.value!.courses, c.courseId),
              value: `${c.current} of ${c.required} current`,
            })),
          ]}
        />
      )}
      {trainingPage && (
        <Box mt={2}>
          <Link to={trainingPage()}>Training records</Link>
        </Box>
      )}
    </InfoCard>
  );
}
