import { Ctx, Query, Resolver } from 'type-graphql';
import { HEAD_CERTIFICATE_LIFETIME_MS, issueHeadCertificate } from '../../../platform/access/head-certificate.js';
import type { PartyContext } from '../party.loaders.js';
import { stub, stubs } from '../stubs/registry.stub.js';
import { assertMayHoldHeadCertificate, noHeadPost } from './neighborhood-head.access.js';
import { headCoverage } from './head-certificate.js';
import { serverDay } from './neighborhood-head.rules.js';
import { NeighborhoodHeadCertificate } from './head-certificate.type.js';

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
