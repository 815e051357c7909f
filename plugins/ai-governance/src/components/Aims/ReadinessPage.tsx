import { useState } from 'react';
import type { ReadinessQuery } from '@aigov/plugin-ai-governance-common';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiGovernanceApiRef } from '../../api';
import { AimsPage } from './AimsNav';
import { Stage1Checklist } from './readiness/Stage1Checklist';
import { Stage2Sample } from './readiness/Stage2Sample';
import { SurveillanceCalendar } from './readiness/SurveillanceCalendar';
import { LoadProgress } from '../shared';

/**
 * Certification readiness: the stage 1 checklist, the stage 2 sample (a
 * new random one on arrival, or one drawn again by its id) and the
 * certification calendar.
 */
export function ReadinessContent() {
  const api = useApi(aiGovernanceApiRef);
  // A sample drawn again is in the address (?sampleId=&size=), so the link
  // reproduces it; without one each read draws a new sample, whose id the
  // answer names.
  const [params, setParams] = useSearchParams();
  const sampleId = params.get('sampleId') ?? undefined;
  const size = params.get('size') ?? undefined;
  // A new draw with the same address asks again.
  const [draws, setDraws] = useState(0);
  const readiness = useAsyncRetry(
    () =>
      api.getReadiness({
        ...(sampleId ? { sampleId } : {}),
        ...(size ? { size: Number(size) } : {}),
      }),
    [api, sampleId, size, draws],
  );
  const draw = (q: ReadinessQuery) => {
    setParams(
      {
        ...(q.sampleId ? { sampleId: q.sampleId } : {}),
        ...(q.size !== undefined ? { size: String(q.size) } : {}),
      },
      { replace: true },
    );
    if (!q.sampleId) setDraws(n => n + 1);
  };

  if (!readiness.value) {
    return <LoadProgress state={readiness} what="certification readiness" />;
  }
  const { stage1, stage2, surveillance } = readiness.value;
  return (
    <Box display="flex" flexDirection="column">
      <Stage1Checklist stage1={stage1} />
      <Stage2Sample stage2={stage2} onDraw={draw} />
      <SurveillanceCalendar surveillance={surveillance} />
    </Box>
  );
}

/** The certification readiness page at `/ai-governance/aims/readiness`, the home of the management system. @public */
export function ReadinessPage() {
  return (
    <AimsPage
      title="Management system"
      subtitle="Certification readiness of the AI management system (ISO/IEC 42001): stage 1, stage 2 and surveillance"
    >
      <ReadinessContent />
    </AimsPage>
  );
}
