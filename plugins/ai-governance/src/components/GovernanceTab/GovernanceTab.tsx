import { useSearchParams } from 'react-router-dom';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { RiskRegister } from '../RiskRegister';
import { ControlsView } from '../Controls';
import { AssessmentsView } from '../Assessments';
import { HistoryView } from '../History';
import { EntityTasksView } from '../Tasks';
import { ChangesView } from '../Changes';
import { IncidentsView } from '../Incidents';
import { GlossaryButton } from '../Glossary';
import {
  GOVERNANCE_SECTIONS,
  HighlightedRecordProvider,
  type GovernanceSection,
} from '../shared';

const LABELS: Record<GovernanceSection, string> = {
  risks: 'Risk register',
  controls: 'Controls',
  assessments: 'Assessments',
  tasks: 'Tasks',
  incidents: 'Incidents',
  changes: 'Changes',
  history: 'History',
};

const isSection = (value: string | null): value is GovernanceSection =>
  (GOVERNANCE_SECTIONS as readonly string[]).includes(value ?? '');

/** A spec field as a string, if it is one (specs are untyped JSON). */
const specString = (value: unknown) =>
  typeof value === 'string' ? value : undefined;

/**
 * The Governance tab of an AiSystem: risks, controls, assessments, tasks,
 * catalog changes and history. The section and the record a link points at
 * are in the URL (`?section=controls&record=A.6.2.4`), so a section can be
 * linked to, and Back returns to the one before.
 * @public
 */
export function GovernanceTab() {
  const { entity } = useEntity();
  const entityRef = getCompoundEntityRef(entity);
  const [params, setParams] = useSearchParams();
  const requested = params.get('section');
  const section: GovernanceSection = isSection(requested) ? requested : 'risks';
  const record = params.get('record') ?? undefined;
  return (
    <HighlightedRecordProvider record={record}>
      <Paper square>
        <Box display="flex" alignItems="center">
          <Tabs
            value={section}
            // A new history entry per section, so Back returns to the last one.
            onChange={(_, value) => setParams({ section: value })}
            indicatorColor="primary"
            textColor="primary"
            aria-label="Governance sections"
            variant="scrollable"
            scrollButtons="auto"
            style={{ flex: 1 }}
          >
            {GOVERNANCE_SECTIONS.map(id => (
              <Tab
                key={id}
                value={id}
                label={LABELS[id]}
                id={`governance-tab-${id}`}
                aria-controls={`governance-panel-${id}`}
              />
            ))}
          </Tabs>
          <Box pr={1}>
            <GlossaryButton size="small" variant="text" />
          </Box>
        </Box>
      </Paper>
      <Box
        mt={2}
        role="tabpanel"
        id={`governance-panel-${section}`}
        aria-labelledby={`governance-tab-${section}`}
      >
        {section === 'risks' && (
          // Type and tier narrow the risk library the dialog offers.
          <RiskRegister
            entityRef={entityRef}
            systemType={specString(entity.spec?.type)}
            tier={specString(entity.spec?.riskTier)}
          />
        )}
        {section === 'controls' && <ControlsView entityRef={entityRef} />}
        {section === 'assessments' && <AssessmentsView entityRef={entityRef} />}
        {section === 'tasks' && <EntityTasksView entityRef={entityRef} />}
        {section === 'incidents' && <IncidentsView entityRef={entityRef} />}
        {section === 'changes' && <ChangesView entityRef={entityRef} />}
        {section === 'history' && <HistoryView entityRef={entityRef} />}
      </Box>
    </HighlightedRecordProvider>
  );
}
