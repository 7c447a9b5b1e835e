import { recordEvent } from '../../../platform/events/record-event.js';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { MatterStep } from '../../../platform/access/matter-certificate.js';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { badUserInput } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PartyContext } from '../party.loaders.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { NeighborhoodStub, stub } from '../stubs/registry.stub.js';
import { today } from '../post/post-term.js';
import { GovernanceMatter, MATTER_FACTS_SELECTION } from './governance-matter.entity.js';
import { MatterDeliberation } from './matter-deliberation.entity.js';
import { GovernanceStage, MatterCategory } from './governance-kinds.js';
import { deriveMatterStage, nextMatterStep } from './matter-stage.js';
import { mayLinkMatter } from './governance.access.js';
import { assertMayProposeMatter, matterListWhere } from './governance-matter.access.js';
import { loadBranch, loadNeighborhoodAndBranch, loadVisibleMatter } from './governance-lookup.js';
import { PropertyCompanyStub } from '../stubs/property.stub.js';
import { verifiedFactsOf } from './matter-facts.access.js';
import { ProposeGovernanceMatterInput } from './governance-matter.input.js';
import { GovernanceMatterConnection } from './governance-matter.type.js';

/** Matters the Civil Code (Art. 278) puts to the owners' assembly. */
const OWNERS_DECIDE: ReadonlySet<MatterCategory> = new Set([MatterCategory.MAINTENANCE_FUND_USE, MatterCategory.COMMON_PART_USE, MatterCategory.PROPERTY_COMPANY_CHANGE]);

/** The matter's stage from its deliberations and the signed facts the gateway brought. */
export async function stageOf(matter: GovernanceMatter, ctx: PartyContext): Promise<GovernanceStage> {
  const facts = verifiedFactsOf(matter, ctx);
  const deliberations = await ctx.loaders.deliberationsOfMatter.load(matter.id);
  return deriveMatterStage({ needsOwnersDecision: matter.needsOwnersDecision, withdrawn: matter.withdrawnOn !== null, outcomes: deliberations.map((deliberation) => deliberation.outcome), ...facts });
}

@Resolver(() => GovernanceMatter)
export class GovernanceMatterResolver {
  @Query(() => GovernanceMatter, {
    description:
      "A governance matter by id (议事事项): its party offices and area offices, the property company and owners' committee of its neighborhood, units paired with its community, and residents living or owning a unit there.",
  })
  governanceMatter(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: PartyContext): Promise<GovernanceMatter> {
    return loadVisibleMatter(ctx, id);
  }

  @Query(() => GovernanceMatterConnection, { description: 'Governance matters you may read, oldest proposal first (议事事项清单); a resident reads those of the neighborhoods they live or own a unit in.' })
  async governanceMatters(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('neighborhoodId', () => ID, { nullable: true, description: 'Only matters of this neighborhood.' }) neighborhoodId: string | undefined,
    @Ctx() ctx: PartyContext,
  ) {
    const scope = matterListWhere(ctx.caller, await ctx.loaders.responsibleOrganizationIds());
    const where = neighborhoodId ? { $and: [scope, { neighborhoodId: requireId(neighborhoodId, 'neighborhoodId') }] } : scope;
    return findPage(ctx.em, GovernanceMatter, where as FilterQuery<GovernanceMatter>, page, 'proposedOn');
  }

  @FieldResolver(() => NeighborhoodStub, { description: 'The neighborhood (所在小区).' })
  neighborhood(@Root() matter: GovernanceMatter): NeighborhoodStub {
    return stub(matter.neighborhoodId);
  }

  @FieldResolver(() => PartyOrganization, { description: 'The branch that proposed it (提议党组织).' })
  proposedBy(@Root() matter: GovernanceMatter, @Ctx() ctx: PartyContext): Promise<PartyOrganization> {
    return loadBranch(ctx, matter.proposedById);
  }

  @FieldResolver(() => PropertyCompanyStub, { nullable: true, description: 'The property company it concerns (涉及物业企业), if any; its people recuse themselves.' })
  concernedCompany(@Root() matter: GovernanceMatter): PropertyCompanyStub | null {
    return matter.concernedCompanyId ? stub(matter.concernedCompanyId) : null;
  }

  @FieldResolver(() => [MatterDeliberation], { description: 'Joint meetings that deliberated it, in order (商议记录).' })
  deliberations(@Root() matter: GovernanceMatter, @Ctx() ctx: PartyContext): Promise<MatterDeliberation[]> {
    return ctx.loaders.deliberationsOfMatter.load(matter.id);
  }

  @Directive(`@requires(fields: "${MATTER_FACTS_SELECTION}")`)
  @FieldResolver(() => GovernanceStage, { description: 'Where it stands in 三议一服务 (议事进度), derived from every subgraph\'s records.' })
  stage(@Root() matter: GovernanceMatter, @Ctx() ctx: PartyContext): Promise<GovernanceStage> {
    return stageOf(matter, ctx);
  }

  @Directive(`@requires(fields: "${MATTER_FACTS_SELECTION}")`)
  @FieldResolver(() => MatterStep, { nullable: true, description: 'The step a record may be linked for now (下一步): RESOLVE, SERVE, or null.' })
  async nextStep(@Root() matter: GovernanceMatter, @Ctx() ctx: PartyContext): Promise<MatterStep | null> {
    return nextMatterStep(await stageOf(matter, ctx), matter.needsOwnersDecision);
  }

  @Directive(`@requires(fields: "${MATTER_FACTS_SELECTION}")`)
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "A certificate to link a motion (RESOLVE) or a service request or project (SERVE) to this matter, valid for an hour (关联凭证). Null when no step is open or you may not take it: the owners' committee for RESOLVE, the property company or a paired unit for SERVE, and the responsible party and area offices.",
  })
  async linkCertificate(@Root() matter: GovernanceMatter, @Ctx() ctx: PartyContext): Promise<string | null> {
    const step = nextMatterStep(await stageOf(matter, ctx), matter.needsOwnersDecision);
    if (!step || !mayLinkMatter(ctx.caller, matter, await loadBranch(ctx, matter.proposedById), step)) return null;
    return ctx.issueMatterCertificate({
      matterId: matter.id,
      step,
      districtId: matter.districtId,
      streetId: matter.streetId,
      communityId: matter.communityId,
      neighborhoodId: matter.neighborhoodId,
      concernedCompanyId: matter.concernedCompanyId,
      // The owners' motions linked so far: a RESOLVE certificate is for the next one only (no replay).
      attempt: verifiedFactsOf(matter, ctx).ownersFacts.linked,
    });
  }

  @Mutation(() => GovernanceMatter, {
    description: "Proposes a governance matter for a neighborhood (提议): its branch, or the community, street or district office over the branch.",
  })
  async proposeGovernanceMatter(
    @Arg('input', () => ProposeGovernanceMatterInput, { description: 'What to propose.' }) input: ProposeGovernanceMatterInput,
    @Ctx() ctx: PartyContext,
  ): Promise<GovernanceMatter> {
    const { place, branch } = await loadNeighborhoodAndBranch(ctx, input.neighborhoodId);
    assertMayProposeMatter(ctx.caller, branch);
    const mustDecide = OWNERS_DECIDE.has(input.category);
    if (mustDecide && input.needsOwnersDecision === false) {
      throw badUserInput(`${input.category} needs the owners' assembly's decision (民法典第278条): leave needsOwnersDecision out or set it to true.`, {
        field: 'needsOwnersDecision',
      });
    }
    if (input.category === MatterCategory.PROPERTY_EVALUATION && !input.concernedCompanyId) {
      throw badUserInput('An evaluation of the property company names the company evaluated: give concernedCompanyId, so people holding a post in it are flagged to recuse themselves.', {
        field: 'concernedCompanyId',
      });
    }
    const title = input.title.trim();
    if (title.length < 2) throw badUserInput('title must have at least 2 characters besides spaces.', { field: 'title' });
    const matter = ctx.em.create(GovernanceMatter, {
      neighborhoodId: place.id,
      districtId: place.districtId,
      streetId: place.streetId,
      communityId: place.communityId!,
      proposedById: branch.id,
      title,
      description: input.description.trim(),
      category: input.category,
      needsOwnersDecision: input.needsOwnersDecision ?? mustDecide,
      concernedCompanyId: input.concernedCompanyId?.toLowerCase() ?? null,
      proposedOn: today(),
    });
    recordEvent(ctx.em, { type: 'governance.matter.proposed', place: matter, recordType: 'GovernanceMatter', recordId: matter.id, matterId: matter.id });
    await ctx.em.flush();
    return matter;
  }
}
