import {
  isAiSystemEntity,
  type AiSystemEntityV1alpha1,
} from '@aigov/plugin-ai-governance-common';
import {
  getCompoundEntityRef,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { TierChip, humanize, useGovernanceTabPath } from '../shared';
import { ExportButtons } from '../Dashboard/ExportButtons';
import { FactList } from './FactList';
import { ScorecardSummary } from './ScorecardSummary';

/**
 * Overview card of an AiSystem: what the system is and who answers for it
 * (from the entity itself, shown at once), then its governance scorecard
 * (from the API, loaded separately so a slow or failing scorecard never hides
 * the description).
 * @public
 */
export function AiSystemOverviewCard() {
  const { entity } = useEntity();
  const governanceTabPath = useGovernanceTabPath();

  if (!isAiSystemEntity(entity)) {
    return (
      <InfoCard title="AI system">
        <Typography variant="body2">
          This card describes entities of kind AiSystem with apiVersion
          aigov.dev/v1alpha1; this entity is a {entity.kind} (
          {entity.apiVersion}).
        </Typography>
      </InfoCard>
    );
  }

  return (
    <InfoCard
      title="AI system"
      subheader={<TierChip tier={entity.spec.riskTier} />}
      deepLink={{
        title: 'Open the Governance tab',
        link: governanceTabPath(entity),
      }}
    >
      <SystemFacts entity={entity} />
      <Box my={2}>
        <Divider />
      </Box>
      <Typography variant="h6" component="h3" gutterBottom>
        Governance scorecard
      </Typography>
      <ScorecardSummary entityRef={getCompoundEntityRef(entity)} />
      <Box mt={2}>
        <ExportButtons scope={{ entityRef: stringifyEntityRef(entity) }} />
      </Box>
    </InfoCard>
  );
}

function SystemFacts(props: { entity: AiSystemEntityV1alpha1 }) {
  const { spec } = props.entity;
  // The ownedBy relation carries the owner as a full, normalised ref; the
  // spec may use a short form such as `payments-risk`.
  const owner =
    props.entity.relations?.find(r => r.type === RELATION_OWNED_BY)
      ?.targetRef ?? spec.owner;
  const roles = spec.operatorRoles ?? [];
  return (
    <FactList
      aria-label="About this AI system"
      facts={[
        { label: 'Purpose', value: spec.purpose },
        { label: 'Lifecycle', value: spec.lifecycle },
        {
          label: 'Owner',
          value: <EntityRefLink entityRef={owner} defaultKind="group" />,
        },
        {
          label: 'Operator roles',
          value: roles.length ? roles.map(humanize).join(', ') : 'Not stated',
        },
        {
          label: 'Human oversight',
          value: spec.humanOversight
            ? humanize(spec.humanOversight.mode)
            : 'Not stated',
        },
      ]}
    />
  );
}
