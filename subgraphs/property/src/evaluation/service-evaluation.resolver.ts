import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import type { PropertyContext } from '../property.loaders.js';
import { ServiceContract } from '../contract/service-contract.entity.js';
import { loadVisibleContract } from '../contract/contract-lookup.js';
import { contractEnd, periodsOverlap } from '../contract/contract-period.js';
import { PropertyCompany } from '../company/property-company.entity.js';
import { ServiceEvaluation } from './service-evaluation.entity.js';
import { EvaluationCriterion, PropertyEvaluator } from './evaluation-kinds.js';
import { quarterPeriod, scoresProblem, totalScore } from './evaluation-scores.js';
import { evaluatorOf } from './service-evaluation.access.js';
import { RecordServiceEvaluationInput } from './service-evaluation.input.js';

@Resolver(() => ServiceEvaluation)
export class ServiceEvaluationResolver {
  @FieldResolver(() => ServiceContract, { description: 'The contract evaluated.' })
  async contract(@Root() evaluation: ServiceEvaluation, @Ctx() ctx: PropertyContext): Promise<ServiceContract> {
    return (await ctx.loaders.contract.load(evaluation.contractId))!;
  }

  @FieldResolver(() => PropertyCompany, { description: 'The company evaluated.' })
  async company(@Root() evaluation: ServiceEvaluation, @Ctx() ctx: PropertyContext): Promise<PropertyCompany> {
    return (await ctx.loaders.company.load(evaluation.companyId))!;
  }

  @Mutation(() => ServiceEvaluation, {
    description: "Records a quarter's evaluation of the company serving a neighborhood. The neighborhood's PARTY_BRANCH or OWNERS_COMMITTEE, once each per quarter.",
  })
  async recordServiceEvaluation(
    @Arg('input', () => RecordServiceEvaluationInput, { description: 'What to record.' }) input: RecordServiceEvaluationInput,
    @Ctx() ctx: PropertyContext,
  ): Promise<ServiceEvaluation> {
    const { evaluator, organizationId } = evaluatorOf(ctx.caller);
    const contract = await loadVisibleContract(ctx, input.contractId, 'contractId');
    const problem = scoresProblem(input.scores);
    if (problem) throw badUserInput(problem, { field: 'scores' });
    const quarter = quarterPeriod(input.year, input.quarter);
    if (quarter.start > ctx.loaders.day) throw badUserInput(`${input.year} Q${input.quarter} has not started yet: evaluate a quarter that has begun.`, { field: 'quarter' });
    if (!periodsOverlap(quarter, { start: contract.startsOn, end: contractEnd(contract) })) {
      throw badUserInput(`The contract was not in force in ${input.year} Q${input.quarter}.`, { field: 'quarter' });
    }
    const ordered = [...input.scores].sort(
      (a, b) => Object.values(EvaluationCriterion).indexOf(a.criterion) - Object.values(EvaluationCriterion).indexOf(b.criterion),
    );
    const evaluation = ctx.em.create(ServiceEvaluation, {
      contractId: contract.id,
      companyId: contract.companyId,
      evaluator,
      evaluatorOrganizationId: organizationId,
      year: input.year,
      quarter: input.quarter,
      scores: ordered.map(({ criterion, score }) => ({ criterion, score })),
      totalScore: totalScore(ordered),
      remarks: input.remarks?.trim() ?? null,
      neighborhoodId: contract.neighborhoodId,
      communityId: contract.communityId,
      streetId: contract.streetId,
      districtId: contract.districtId,
    });
    try {
      await ctx.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw conflict(`The ${evaluator === PropertyEvaluator.PARTY_BRANCH ? 'branch' : "owners' committee"} already evaluated this contract for ${input.year} Q${input.quarter}.`);
      }
      throw error;
    }
    return evaluation;
  }
}
