import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { PageArgs, type Page } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { conflict, forbidden, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import { assertAtVersion, updateAtVersion, type StaleVersionWording } from '../../../platform/orm/expected-version.js';
import type { OwnersContext } from '../owners.loaders.js';
import { delegatesVotingRulesOf, isDistrictOffice } from '../access/voting-rules-access.js';
import { checkedKey } from '../idempotency/idempotent-write.js';
import { OwnersRuleDelegation, RuleDelegationStatus } from './voting-rule-delegation.entity.js';
import { DelegateOwnersVotingRulesInput, RevokeOwnersVotingRulesDelegationInput } from './rule-delegation.input.js';
import { OwnersRuleDelegationConnection } from './rule-delegation.type.js';

const ONLY_DISTRICT = 'Only the district office delegates the local voting rules of its district, to its own streets.';
const WORDING: StaleVersionWording = { noun: 'delegation' };

@Resolver(() => OwnersRuleDelegation)
export class RuleDelegationResolver {
  @Query(() => OwnersRuleDelegationConnection, {
    description: "A district's delegations of local voting rules to its streets, revoked ones included, oldest first (表决规则授权). Public, like the rules: any caller.",
  })
  ownersRuleDelegations(
    @Arg('districtId', () => ID, { description: 'The district (区/县).' }) districtId: string,
    @Arg('streetId', () => ID, { nullable: true, description: 'Only this street (街道).' }) streetId: string | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: OwnersContext,
  ): Promise<Page<OwnersRuleDelegation>> {
    const where: Record<string, unknown> = { districtId: requireId(districtId, 'districtId') };
    if (streetId !== undefined && streetId !== null) where.streetId = requireId(streetId, 'streetId');
    return findPage(ctx.em, OwnersRuleDelegation, where as FilterQuery<OwnersRuleDelegation>, page, 'delegatedAt');
  }

  @Mutation(() => OwnersRuleDelegation, {
    description:
      "Delegates local voting rules to a street of the district (授权街道制定表决规则): from now, the street office may adopt rules (`adoptOwnersStreetVotingRules`) " +
      "that take precedence over the district's for its neighborhoods. One standing delegation per street (CONFLICT while one stands). DISTRICT of that district; " +
      'the street is proved to lie in it by a place certificate. A retry with the same idempotencyKey returns the first answer.',
  })
  async delegateOwnersVotingRules(
    @Arg('input', () => DelegateOwnersVotingRulesInput, { description: 'The street and the proof that it is yours (授权).' }) input: DelegateOwnersVotingRulesInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<OwnersRuleDelegation> {
    const streetId = requireId(input.streetId, 'streetId');
    // Offices of no district learn nothing from the certificate.
    if (!isDistrictOffice(ctx.caller)) throw forbidden(ONLY_DISTRICT);
    const place = ctx.readPlaceCertificate(input.placeCertificate);
    if (!delegatesVotingRulesOf(ctx.caller, place.districtId) || place.streetId !== streetId) throw forbidden(ONLY_DISTRICT);
    const key = checkedKey(input.idempotencyKey);
    if (key) {
      const prior = await ctx.em.findOne(OwnersRuleDelegation, { delegatedBy: ctx.caller.subject, idempotencyKey: key });
      if (prior && prior.streetId !== streetId) throw conflict('This idempotency key was already used for a different request; use a new key.');
      if (prior) return prior;
    }
    const now = ctx.clock.now();
    const delegation = ctx.em.create(OwnersRuleDelegation, {
      districtId: place.districtId,
      streetId,
      reason: input.reason?.trim() ?? null,
      delegatedAt: now,
      delegatedBy: ctx.caller.subject,
      idempotencyKey: key,
      createdAt: now,
      updatedAt: now,
    });
    try {
      await ctx.em.flush();
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      const first = key ? await ctx.em.fork().findOne(OwnersRuleDelegation, { delegatedBy: ctx.caller.subject, idempotencyKey: key }) : null;
      if (first) return first;
      throw conflict('This street already has a standing delegation of local voting rules; revoke it first to delegate anew.');
    }
    return delegation;
  }

  @Mutation(() => OwnersRuleDelegation, {
    description:
      "Revokes a street's delegation (撤销授权), with the reason: the street adopts no more rules, and its rules no longer apply to assemblies convened from now " +
      "(those convened before keep theirs). The delegation stays, REVOKED, with who and when. DISTRICT of that district, at the version read.",
  })
  async revokeOwnersVotingRulesDelegation(
    @Arg('input', () => RevokeOwnersVotingRulesDelegationInput, { description: 'The delegation, the version you read and why (撤销授权).' }) input: RevokeOwnersVotingRulesDelegationInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<OwnersRuleDelegation> {
    const id = requireId(input.delegationId, 'delegationId');
    const delegation = await ctx.em.findOne(OwnersRuleDelegation, { id });
    if (!delegation) throw notFound('OwnersRuleDelegation', id);
    if (!delegatesVotingRulesOf(ctx.caller, delegation.districtId)) throw forbidden(ONLY_DISTRICT);
    // The version first, then the status, as a stale reader of a revoked delegation is told.
    assertAtVersion(delegation, input.expectedVersion, WORDING);
    if (delegation.status === RuleDelegationStatus.REVOKED) throw conflict('This delegation has already been revoked.');
    const now = ctx.clock.now();
    return updateAtVersion(
      ctx.em,
      OwnersRuleDelegation,
      delegation,
      input.expectedVersion,
      { status: RuleDelegationStatus.REVOKED, revokedAt: now, revokedBy: ctx.caller.subject, revokeReason: input.reason.trim(), updatedAt: now },
      { status: RuleDelegationStatus.ACTIVE },
      WORDING,
    );
  }
}
