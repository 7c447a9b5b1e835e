import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { PartyContext } from './party.loaders.js';
import { PartyServiceStation } from './station/service-station.entity.js';
import { CentralHousehold } from './household/central-household.entity.js';
import { PartyReportIn } from './report-in/report-in.entity.js';
import { EndPartyRecordInput, UpdateCentralHouseholdInput, UpdatePartyReportInInput, UpdatePartyServiceStationInput } from './party-record-change.input.js';
import * as change from './party-record-change.service.js';

const END = { description: 'Which record, the version read, and why.' };

/** Edits and endings of stations, central households and report-ins; each keeps its row. */
@Resolver()
export class PartyRecordChangeResolver {
  @Mutation(() => PartyServiceStation, { description: 'Edits a service station (修改服务阵地), with the version read. The party office of the organisation running it.' })
  updatePartyServiceStation(@Arg('input', () => UpdatePartyServiceStationInput, { description: 'Which station, the version read, what changes.' }) input: UpdatePartyServiceStationInput, @Ctx() ctx: PartyContext) {
    return change.updatePartyServiceStation(ctx, input);
  }

  @Mutation(() => PartyServiceStation, { description: "Closes a service station (关闭服务阵地) on the server's day; kept with who and why. The party office of the organisation running it." })
  closePartyServiceStation(@Arg('input', () => EndPartyRecordInput, END) input: EndPartyRecordInput, @Ctx() ctx: PartyContext) {
    return change.closePartyServiceStation(ctx, input);
  }

  @Mutation(() => CentralHousehold, { description: 'Changes the households a central household serves (调整联系户), with the version read. The party office of its organisation.' })
  updateCentralHousehold(@Arg('input', () => UpdateCentralHouseholdInput, { description: 'Which central household, the version read, the households it serves.' }) input: UpdateCentralHouseholdInput, @Ctx() ctx: PartyContext) {
    return change.updateCentralHousehold(ctx, input);
  }

  @Mutation(() => CentralHousehold, { description: "Ends a central household's designation (摘牌) on the server's day; kept with who and why. The party office of its organisation." })
  endCentralHousehold(@Arg('input', () => EndPartyRecordInput, END) input: EndPartyRecordInput, @Ctx() ctx: PartyContext) {
    return change.endCentralHousehold(ctx, input);
  }

  @Mutation(() => PartyReportIn, { description: "Changes a report-in's paired households (调整结对户), with the version read. The party office of the member's organisation." })
  updatePartyReportIn(@Arg('input', () => UpdatePartyReportInInput, { description: 'Which report-in, the version read, the paired households.' }) input: UpdatePartyReportInInput, @Ctx() ctx: PartyContext) {
    return change.updatePartyReportIn(ctx, input);
  }

  @Mutation(() => PartyReportIn, { description: "Ends a report-in (结束报到) on the server's day; kept with who and why. The party office of the member's organisation." })
  endPartyReportIn(@Arg('input', () => EndPartyRecordInput, END) input: EndPartyRecordInput, @Ctx() ctx: PartyContext) {
    return change.endPartyReportIn(ctx, input);
  }
}
