import { DataSource } from 'typeorm';
import type { Actor, EvaluateEligibilityParams, FailingClause, JourneyProjectParams } from '@heze/machines';
import { JourneyProjection, rawQuery } from '@heze/persistence';
import { upsertNewer } from './versioned-upsert';
import { evaluateEligibility as judgeEligibility, parseEligibilityProfile, ProfileValidationError } from '@heze/rules';

export interface JourneyProjectionRow extends JourneyProjectParams {
  version: number;
  personMasked: string;
  at: string;
}

export interface EligibilityVerdict {
  eligible: boolean;
  ruleSet: string;
  failingClauses: FailingClause[];
  satisfiedClauses: string[];
}

export function journeyActivities(ds: DataSource) {
  return {
    /**
     * Upserts the journey's read model. Guarded by `version` so that a retried or late write of an
     * older transition never overwrites a newer one (idempotent under retry and replay).
     */
    async projectJourney(row: JourneyProjectionRow): Promise<void> {
      const summary = JSON.stringify({ cause: row.cause, actor: row.actor satisfies Actor | null, certificateNumber: row.certificateNumber, closedReason: row.closedReason });
      const values = {
        journeyId: row.journeyId,
        personKey: row.personKey,
        personMasked: row.personMasked,
        targetLevel: row.targetLevel,
        state: row.state,
        employerId: row.employerId,
        projectId: row.projectId,
        trainingInstitutionId: row.trainingInstitutionId,
        evaluationOrganisationId: row.evaluationOrganisationId,
        agencyId: row.agencyId,
        attempts: row.attempts,
        // The journey's own facts (issue 13.1); journeys opened before then have none (null).
        insuredWithAgencyId: row.facts?.insuredWithAgencyId ?? null,
        enterpriseEmployee: row.facts?.enterpriseEmployee ?? null,
        unemploymentInsuredSince: row.facts?.unemploymentInsuredSince ?? null,
        agreedPay: row.agreedPay ? JSON.stringify(row.agreedPay) : null,
        version: row.version,
        summary,
        updatedAt: row.at,
      };
      await upsertNewer(ds, JourneyProjection, 'journeyId', values as JourneyProjection, { openedAt: row.at });
      await stampJourneyStages(ds, row);
    },

    /** RULES.md §3: the rules judge the profile sent at registration for the journey's target level. */
    async evaluateEligibility(params: EvaluateEligibilityParams): Promise<EligibilityVerdict> {
      let profile;
      try {
        profile = parseEligibilityProfile(params.profile);
      } catch (err) {
        if (err instanceof ProfileValidationError) {
          return { eligible: false, ruleSet: 'profile', satisfiedClauses: [], failingClauses: [{ clause: 'profile', reason: err.message, holdsOn: null }] };
        }
        throw err;
      }
      const answer = judgeEligibility(profile);
      const level = answer.levels.find((l) => l.level === params.targetLevel)!;
      return {
        eligible: level.eligible && level.offered,
        ruleSet: answer.ruleSet,
        satisfiedClauses: level.satisfiedClauses,
        failingClauses: level.failingClauses.map((c) => ({ clause: c.clause, reason: c.reason, holdsOn: c.holdsOn })),
      };
    },
  };
}

/** The column holding when the journey first reached each state the statistics count (issue 17). */
const STAGE_COLUMNS: Partial<Record<JourneyProjectParams['state'], string>> = {
  enrolled: 'enrolledAt',
  trainingCompleted: 'trainedAt',
  registered: 'registeredAt',
  certified: 'certifiedAt',
  closed: 'closedAt',
  withdrawn: 'withdrawnAt',
};

/**
 * Issue 17 statistics: the first time each stage is reached (a stamp never moves, so a retried or late
 * write changes nothing), the latest result with its last day sat, the certificate's issue date, and the
 * county: the first 6 digits of the person's resident ID (its area code), copied inside the database so the
 * ID itself never passes through here. Separate from the versioned upsert: these hold whatever the order.
 */
async function stampJourneyStages(ds: DataSource, row: JourneyProjectionRow): Promise<void> {
  const table = 'journey_projections';
  const column = STAGE_COLUMNS[row.state];
  if (column) await rawQuery(ds, `UPDATE ${table} SET "${column}" = $1 WHERE "journeyId" = $2 AND "${column}" IS NULL`, [row.at, row.journeyId]);
  if (row.cause === 'postResult' && row.lastResult) {
    await rawQuery(ds, `UPDATE ${table} SET "resultAt" = $1, "lastSittingOn" = $2, "resultPassed" = $3 WHERE "journeyId" = $4 AND ("resultAt" IS NULL OR "resultAt" < $1)`,
      [row.at, row.lastResult.lastSittingOn, row.lastResult.passed, row.journeyId],
    );
  }
  if (row.certificateIssuedOn) {
    await rawQuery(ds, `UPDATE ${table} SET "certificateIssuedOn" = $1 WHERE "journeyId" = $2 AND "certificateIssuedOn" IS NULL`, [row.certificateIssuedOn, row.journeyId]);
  }
  await rawQuery(ds, `UPDATE ${table} SET "countyCode" = (SELECT substr(p."residentId", 1, 6) FROM people p WHERE p."personKey" = ${table}."personKey") WHERE "journeyId" = $1 AND "countyCode" IS NULL`,
    [row.journeyId],
  );
}
