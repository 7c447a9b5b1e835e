import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { HEAD_CERTIFICATE_LIFETIME_MS, issueHeadCertificate } from '../../../platform/access/head-certificate.js';
import type { PartyContext } from '../party.loaders.js';
import { BuildingStub, NeighborhoodStub, stub, stubs } from '../stubs/registry.stub.js';
import { assertMayHoldHeadCertificate, noHeadPost } from './neighborhood-head.access.js';
import { headCoverage } from './head-certificate.js';
import { serverDay } from './neighborhood-head-rules.js';

@ObjectType({ description: 'The places one head covers in a neighborhood (三长分管范围).' })
export class HeadCoverageView {
  @Field(() => NeighborhoodStub, { description: 'The neighborhood (小区).' })
  neighborhood!: NeighborhoodStub;

  @Field(() => Boolean, { description: 'Whether the whole neighborhood is covered (网格长).' })
  wholeNeighborhood!: boolean;

  @Field(() => [BuildingStub], { description: 'The buildings covered (楼栋长/单元长); empty when the whole neighborhood is.' })
  buildings!: BuildingStub[];
}

@ObjectType({ description: "A signed statement of the caller's 三长 posts in force (三长身份证明), for entering residents' requests on their behalf (代办)." })
export class NeighborhoodHeadCertificate {
  @Field(() => String, { description: 'The statement, signed by the party subgraph: pass it as headCertificate to submitServiceRequestOnBehalf.' })
  certificate!: string;

  @Field(() => Date, { description: 'When it stops being accepted (有效期至): 10 minutes after it was signed, by the server clock.' })
  expiresAt!: Date;

  @Field(() => [HeadCoverageView], { description: 'What it covers, per neighborhood.' })
  coverage!: HeadCoverageView[];
}

@Resolver()
export class HeadCertificateResolver {
  @Query(() => NeighborhoodHeadCertificate, {
    description: "A signed statement of your building, entrance or grid head posts in force today (三长身份证明), valid 10 minutes: a head signed in as a RESIDENT passes it to the property subgraph to enter a resident's request on their behalf (代办).",
  })
  async neighborhoodHeadCertificate(@Ctx() ctx: PartyContext): Promise<NeighborhoodHeadCertificate> {
    const personId = assertMayHoldHeadCertificate(ctx.caller);
    const coverage = headCoverage(await ctx.loaders.heads.headsOfPerson.load(personId), serverDay(ctx.clock));
    if (!coverage.length) throw noHeadPost();
    const now = ctx.clock.now().getTime();
    return {
      certificate: issueHeadCertificate({ personId, coverage }, ctx.statementKeys, now),
      expiresAt: new Date(now + HEAD_CERTIFICATE_LIFETIME_MS),
      coverage: coverage.map((entry) => ({ neighborhood: stub(entry.neighborhoodId), wholeNeighborhood: entry.buildingIds === null, buildings: stubs(entry.buildingIds ?? []) })),
    };
  }
}
