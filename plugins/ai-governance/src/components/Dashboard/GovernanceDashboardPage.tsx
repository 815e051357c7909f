import {
  Content,
  ContentHeader,
  Header,
  Page,
} from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import { GlossaryButton } from '../Glossary';
import { ReportIncidentAnywhere } from '../Incidents';
import { ExportButtons } from './ExportButtons';
import { OverdueTable } from './OverdueTable';
import { RiskHeatMapCard } from './RiskHeatMapCard';
import { TeamScorecardsTable } from './TeamScorecardsTable';
import { TierDistributionCard } from './TierDistributionCard';
import { TrainingCoverageCard } from './TrainingCoverageCard';

/**
 * The org dashboard at `/ai-governance`. Every section loads on its own and
 * shows its own loading, empty and error state, so one failing request
 * leaves the rest of the page usable.
 * @public
 */
export function GovernanceDashboardPage() {
  return (
    <Page themeId="tool">
      <Header
        title="AI governance"
        subtitle="ISO/IEC 42001 AI management system: teams, tiers, risks and overdue work across the organisation"
      />
      <Content>
        <ContentHeader title="Organisation overview">
          <ReportIncidentAnywhere />
          <GlossaryButton style={{ marginRight: 8 }} />
          <ExportButtons />
        </ContentHeader>
        <Grid container spacing={3}>
          <Grid item xs={12}>
            <TeamScorecardsTable />
          </Grid>
          <Grid item xs={12} md={5}>
            <TierDistributionCard />
          </Grid>
          <Grid item xs={12} md={7}>
            <RiskHeatMapCard />
          </Grid>
          <Grid item xs={12}>
            <OverdueTable />
          </Grid>
          <Grid item xs={12} md={6}>
            <TrainingCoverageCard />
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
}
