import type { Seen } from './governance/journey';
import { recordSteps } from './governance/recordSteps';
import { viewSteps } from './governance/viewSteps';
import { useBrowserPortal } from './portal';

/*
 * The governance journey as a governance officer walks it in the browser:
 * an AI system's overview card, its Governance tab (risk register, controls,
 * history), the owning team's card, a component's card and the org
 * dashboard. Everything is found by role, label or text, as a person would
 * find it; waits are Playwright's auto-waiting locators, never sleeps.
 *
 * The tests run in file order and build on each other: the risk and the
 * control changed in recordSteps are what the scorecards, the dashboard and
 * the history are expected to show afterwards, in viewSteps. Both walk the
 * one portal this file boots.
 */
const env = useBrowserPortal();
/** What the steps saw, shared by them in file order. */
const seen: Seen = { before: {} };

describe('AI governance in the browser', () => {
  recordSteps(env, seen);
  viewSteps(env, seen);
});
