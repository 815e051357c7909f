import { useCallback } from 'react';
import type { Task } from '@aigov/plugin-ai-governance-common';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import { aimsTrainingRouteRef } from '../../routes';
import { useGovernanceTabPath, useOptionalRouteRef } from '../shared';

/**
 * Where a task is done: an AI system's task on its Governance tab, a
 * person's training renewal on the Training page (their user page when the
 * app does not mount it).
 */
export function useTaskLink(): (task: Task) => string {
  const governanceTabPath = useGovernanceTabPath();
  const entityPath = useEntityRefLink();
  const trainingPage = useOptionalRouteRef(aimsTrainingRouteRef);
  return useCallback(
    (task: Task) => {
      if (task.kind === 'training-renewal') {
        return trainingPage ? trainingPage() : entityPath(task.entityRef);
      }
      return governanceTabPath(task.entityRef, {
        section: 'tasks',
        record: task.id,
      });
    },
    [governanceTabPath, entityPath, trainingPage],
  );
}
