import { useState } from 'react';
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

const sections = [
  { id: 'risks', label: 'Risk register' },
  { id: 'controls', label: 'Controls' },
  { id: 'assessments', label: 'Assessments' },
  { id: 'tasks', label: 'Tasks' },
  { id: 'changes', label: 'Changes' },
  { id: 'history', label: 'History' },
] as const;

/** A spec field as a string, if it is one (specs are untyped JSON). */
const specString = (value: unknown) =>
  typeof value === 'string' ? value : undefined;

/** The Governance tab of an AiSystem: risks, controls, assessments, tasks, catalog changes and history. @public */
export function GovernanceTab() {
  const { entity } = useEntity();
  const entityRef = getCompoundEntityRef(entity);
  const [section, setSection] =
    useState<(typeof sections)[number]['id']>('risks');
  return (
    <Box>
      <Paper square>
        <Tabs
          value={section}
          onChange={(_, value) => setSection(value)}
          indicatorColor="primary"
          textColor="primary"
          aria-label="Governance sections"
        >
          {sections.map(s => (
            <Tab
              key={s.id}
              value={s.id}
              label={s.label}
              id={`governance-tab-${s.id}`}
              aria-controls={`governance-panel-${s.id}`}
            />
          ))}
        </Tabs>
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
        {section === 'changes' && <ChangesView entityRef={entityRef} />}
        {section === 'history' && <HistoryView entityRef={entityRef} />}
      </Box>
    </Box>
  );
}
