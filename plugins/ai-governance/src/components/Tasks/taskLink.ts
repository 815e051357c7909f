import { useCallback } from 'react';
import type { Task } from '@aigov/plugin-ai-governance-common';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import {
  aimsPoliciesRouteRef,
  aimsReviewsRouteRef,
  aimsTrainingRouteRef,
} from '../../routes';
import { useGovernanceTabPath, useOptionalRouteRef } from '../shared';

/** Whether a task belongs to the management system and is done on its AIMS page, not with Complete or Dismiss. */
export function isAimsTask(task: Task): boolean {
  return task.kind === 'document-review' || task.kind === 'review-action';
}

/**
 * Where a task is done: an AI system's task on its Governance tab, a
 * person's training renewal on the Training page (their user page when the
 * app does not mount it), a document review on the document (Policies) and
 * a review action on its management review.
 */
export function useTaskLink(): (task: Task) => string {
  const governanceTabPath = useGovernanceTabPath();
  const entityPath = useEntityRefLink();
  const trainingPage = useOptionalRouteRef(aimsTrainingRouteRef);
  const policiesPage = useOptionalRouteRef(aimsPoliciesRouteRef);
  const reviewsPage = useOptionalRouteRef(aimsReviewsRouteRef);
  return useCallback(
    (task: Task) => {
      if (task.kind === 'training-renewal') {
        return trainingPage ? trainingPage() : entityPath(task.entityRef);
      }
      const page =
        (task.kind === 'document-review' &&
          policiesPage && {
            path: policiesPage(),
            param: 'document',
          }) ||
        (task.kind === 'review-action' &&
          reviewsPage && {
            path: reviewsPage(),
            param: 'review',
          });
      if (page) {
        return task.cause.id
          ? `${page.path}?${new URLSearchParams({
              [page.param]: task.cause.id,
            })}`
          : page.path;
      }
      return governanceTabPath(task.entityRef, {
        section: 'tasks',
        record: task.id,
      });
    },
    [governanceTabPath, entityPath, trainingPage, policiesPage, reviewsPage],
  );
}
