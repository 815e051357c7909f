import { createRouteRef } from '@backstage/core-plugin-api';

/** The org dashboard, `/ai-governance`. @public */
export const rootRouteRef = createRouteRef({ id: 'ai-governance' });
