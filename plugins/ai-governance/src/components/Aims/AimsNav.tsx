import type { ReactNode } from 'react';
import { Content, Header, Link, Page } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { useLocation } from 'react-router-dom';
import {
  aimsAuditsRouteRef,
  aimsClausesRouteRef,
  aimsObjectivesRouteRef,
  aimsPoliciesRouteRef,
  aimsReadinessRouteRef,
  aimsReviewsRouteRef,
  aimsRolesRouteRef,
  aimsScopeRouteRef,
  aimsTrainingRouteRef,
} from '../../routes';
import { useOptionalRouteRef } from '../shared/optionalRouteRef';

/** The tab labels of the AIMS pages, in the order an auditor walks them (clauses 4 to 10, then readiness); the hooks below follow it. */
const AIMS_PAGES = [
  'Scope & context',
  'Policies',
  'Roles',
  'Objectives',
  'Training',
  'Clauses',
  'Audits',
  'Management reviews',
  'Readiness',
];

function useAimsLinks() {
  // One hook per page, in the same order on every render.
  const links = [
    useOptionalRouteRef(aimsScopeRouteRef),
    useOptionalRouteRef(aimsPoliciesRouteRef),
    useOptionalRouteRef(aimsRolesRouteRef),
    useOptionalRouteRef(aimsObjectivesRouteRef),
    useOptionalRouteRef(aimsTrainingRouteRef),
    useOptionalRouteRef(aimsClausesRouteRef),
    useOptionalRouteRef(aimsAuditsRouteRef),
    useOptionalRouteRef(aimsReviewsRouteRef),
    useOptionalRouteRef(aimsReadinessRouteRef),
  ];
  return AIMS_PAGES.flatMap((label, i) => {
    const link = links[i];
    return link ? [{ label, href: link() }] : [];
  });
}

/**
 * The tabs across the pages of the management system. Each page is its own
 * route, so a legacy app may mount only some of them; a page the app does
 * not mount is left out of the tabs.
 */
export function AimsNav() {
  const { pathname } = useLocation();
  const links = useAimsLinks();
  const current = links.findIndex(
    l => pathname === l.href || pathname.startsWith(`${l.href}/`),
  );
  // In the Page grid's subheader row, as Backstage's HeaderTabs: placed
  // anywhere else, the tabs' width would squeeze the content into a column.
  return (
    <Box
      gridArea="pageSubheader"
      minWidth={0}
      pl={3}
      bgcolor="background.paper"
    >
      <Tabs
        value={current === -1 ? false : current}
        variant="scrollable"
        scrollButtons="auto"
        indicatorColor="primary"
        aria-label="Management system"
      >
        {links.map(l => (
          <Tab key={l.href} label={l.label} component={Link} to={l.href} />
        ))}
      </Tabs>
    </Box>
  );
}

/** A page of the AIMS part: its header, the AIMS tabs and its content. */
export function AimsPage(props: {
  title: string;
  subtitle: string;
  children: ReactNode;
}) {
  return (
    <Page themeId="tool">
      <Header title={props.title} subtitle={props.subtitle} />
      <AimsNav />
      <Content>{props.children}</Content>
    </Page>
  );
}
