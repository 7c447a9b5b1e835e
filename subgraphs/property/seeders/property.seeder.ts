import type { EntityManager } from '@mikro-orm/postgresql';
import type { DistrictPlan } from '../../../infra/demo/district-plan.js';
import { PropertyCompany } from '../src/company/property-company.entity.js';
import { ServiceContract } from '../src/contract/service-contract.entity.js';
import { PropertyPost } from '../src/staff/property-post.entity.js';
import { ServiceRequest } from '../src/request/service-request.entity.js';
import { ServiceRequestStep } from '../src/request/service-request-step.entity.js';
import { ServiceEvaluation } from '../src/evaluation/service-evaluation.entity.js';
import { FeeCollection } from '../src/fee/fee-collection.entity.js';
import { totalScore } from '../src/evaluation/evaluation-scores.js';
import { planPropertyDemo } from './property-demo-plan.js';
import { randomUUID } from 'node:crypto';

/** Writes the property demo rows (see planPropertyDemo) in one transaction, with batched inserts. */
export async function seedProperty(em: EntityManager, plan: DistrictPlan): Promise<void> {
  const demo = planPropertyDemo(plan);
  const now = new Date();
  const stamps = { createdAt: now, updatedAt: now, version: 1 };
  await em.transactional(async (tx) => {
    await tx.insertMany(PropertyCompany, demo.companies.map((company) => ({ ...company, ...stamps })) as PropertyCompany[]);
    await tx.insertMany(ServiceContract, demo.contracts.map((contract) => ({ ...contract, ...stamps })) as ServiceContract[]);
    await tx.insertMany(PropertyPost, demo.posts.map((post) => ({ ...post, ...stamps })) as PropertyPost[]);
    await tx.insertMany(
      ServiceRequest,
      demo.requests.map(({ steps: _steps, ...request }) => ({ ...request, statusSince: request.submittedAt, reopenCount: 0, recordedByPersonId: null, ...stamps })) as ServiceRequest[],
    );
    await tx.insertMany(
      ServiceRequestStep,
      demo.requests.flatMap((request) => request.steps.map((step) => ({ ...step, id: randomUUID(), requestId: request.id }))) as ServiceRequestStep[],
    );
    await tx.insertMany(
      ServiceEvaluation,
      demo.evaluations.map((evaluation) => ({ ...evaluation, totalScore: totalScore(evaluation.scores), remarks: null, ...stamps })) as ServiceEvaluation[],
    );
    await tx.insertMany(FeeCollection, demo.fees.map((fee) => ({ ...fee, ...stamps })) as FeeCollection[]);
  });
}
