import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createParties, newResidentId } from '../support/parties';
import { TestSystem } from '../support/system';

describe('walking skeleton: a journey survives the worker being killed', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'social-insurance-agency']);
    await Promise.all([system.startWorker(), system.startApi()]);
  });
  afterAll(() => system.stop());

  it('reports Temporal and database status on /health', async () => {
    const res = await system.http('GET', '/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', temporal: { ok: true }, database: { ok: true, kind: 'postgres' } });
  });

  it('opens a journey over HTTP, reads it back, survives SIGKILL of the worker, and takes the next transition', async () => {
    const opened = await system.http('POST', '/journeys', {
      key: parties.employer.key,
      body: {
        residentId: newResidentId(),
        name: 'Li Si',
        targetLevel: 4,
        projectId: parties.projectId,
        insuredWithAgencyId: parties['social-insurance-agency'].organisationId,
        enterpriseEmployee: true,
        unemploymentInsuredSince: '2020-01-01',
      },
    });
    expect(opened.status).toBe(201);
    const journeyId: string = opened.body.journeyId;
    expect(opened.body.view.state).toBe('applied');

    const enrolled = await system.http('POST', `/journeys/${journeyId}/enrolment`, { key: parties['training-institution'].key });
    expect(enrolled.status).toBe(200);
    expect(enrolled.body.state).toBe('enrolled');

    const before = await system.http('GET', `/journeys/${journeyId}`, { key: parties.employer.key });
    expect(before.body).toMatchObject({ state: 'enrolled', trainingInstitutionId: parties['training-institution'].organisationId });

    await system.killWorker('SIGKILL');
    await system.startWorker();

    const completed = await system.http('POST', `/journeys/${journeyId}/training-completion`, {
      key: parties['training-institution'].key,
      body: { completedOn: '2026-10-30' },
    });
    expect(completed.status).toBe(200);
    expect(completed.body.state).toBe('trainingCompleted');
    expect(completed.body.context).toMatchObject({ trainingInstitutionId: parties['training-institution'].organisationId, trainingCompletedOn: '2026-10-30' });

    const after = await system.http('GET', `/journeys/${journeyId}`, { key: parties.employer.key });
    expect(after.body.state).toBe('trainingCompleted');
    expect(after.body.workflow.allowedEvents).toContain('registerForEvaluation');
  });
});
