import { useMemo } from 'react';
import {
  AI_SYSTEM_KIND,
  RELATION_IMPLEMENTS,
} from '@aigov/plugin-ai-governance-common';
import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { AiSystemScorecardTable } from './AiSystemScorecardTable';

const aiSystemKind = AI_SYSTEM_KIND.toLocaleLowerCase('en-US');

/** Refs of the AiSystems a component implements, from its `implements` relations. */
export function implementedAiSystems(entity: Entity): string[] {
  const refs = (entity.relations ?? [])
    .filter(r => r.type === RELATION_IMPLEMENTS)
    .map(r => r.targetRef)
    .filter(
      ref =>
        parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === aiSystemKind,
    );
  return [...new Set(refs)].sort();
}

/**
 * Card on a Component: the AI systems it implements, each with its tier,
 * scorecard level and open high and critical risks. Nothing is fetched when
 * the component implements no AI system, which is the common case on most
 * component pages.
 * @public
 */
export function ComponentAiSystemsCard() {
  const { entity } = useEntity();
  const systems = useMemo(
    () => implementedAiSystems(entity).map(entityRef => ({ entityRef })),
    [entity],
  );
  return (
    <InfoCard title="AI systems">
      {systems.length === 0 ? (
        <NoAiSystems componentRef={stringifyEntityRef(entity)} />
      ) : (
        <AiSystemScorecardTable
          systems={systems}
          aria-label="AI systems this component implements"
        />
      )}
    </InfoCard>
  );
}

function NoAiSystems(props: { componentRef: string }) {
  return (
    <>
      <Typography variant="body1" gutterBottom>
        This component implements no registered AI system
      </Typography>
      <Typography variant="body2" color="textSecondary">
        If it does, add <code>{props.componentRef}</code> to{' '}
        <code>spec.implementedBy</code> of that AiSystem entity; the catalog
        then links the two.
      </Typography>
    </>
  );
}
