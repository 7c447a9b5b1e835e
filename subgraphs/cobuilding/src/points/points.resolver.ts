import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { badUserInput, conflict, notFound } from '../../../platform/errors/error-codes.js';
import { assertAtVersion } from '../../../platform/orm/expected-version.js';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { placeColumns } from '../place/place-path.input.js';
import { assertKnownPath } from '../place/known-path.js';
import { PointsEntry, PointsEntryKind } from './points-entry.entity.js';
import { PointsItem } from './points-item.entity.js';
import { PointsRule } from './points-rule.entity.js';
import { CreatePointsItemInput, RedeemPointsInput, SetPointsRuleInput, UpdatePointsItemInput } from './points.input.js';
import { assertKeepsSupermarket, assertMaySetRule, mayReadEntry, redeemingPersonId } from './points.access.js';
import { balanceOf } from './points-ledger.js';
import { recordEvent } from '../../../platform/events/record-event.js';
import { PointsLedger } from './points.type.js';

async function loadItem(ctx: CobuildingContext, id: string): Promise<PointsItem> {
  const item = await ctx.em.findOne(PointsItem, { id: requireId(id, 'itemId') });
  if (!item) throw notFound('PointsItem', id);
  return item;
}

@Resolver()
export class PointsResolver {
  @Query(() => PointsLedger, { description: "A person's points ledger (积分账户): the person sees all of it; area offices the entries recorded in their area." })
  async pointsLedger(@Arg('personId', () => ID, { description: 'The person (registry id).' }) personId: string, @Ctx() ctx: CobuildingContext): Promise<PointsLedger> {
    const id = requireId(personId, 'personId');
    const entries = (await ctx.em.find(PointsEntry, { personId: id }, { orderBy: { recordedAt: 'desc', id: 'asc' } })).filter((entry) => mayReadEntry(ctx.caller, id, { ...entry, neighborhoodId: null }));
    return { personId: id, balance: entries.reduce((sum, entry) => sum + entry.points, 0), entries };
  }

  @Query(() => [PointsItem], { description: "A community supermarket's items on the shelf (积分超市): public facts." })
  pointsItems(@Arg('communityId', () => ID, { description: 'The community.' }) communityId: string, @Ctx() ctx: CobuildingContext): Promise<PointsItem[]> {
    return ctx.em.find(PointsItem, { communityId: requireId(communityId, 'communityId'), withdrawnAt: null }, { orderBy: { name: 'asc' } });
  }

  @Mutation(() => PointsItem, { description: "Puts an item on a community supermarket's shelf. COMMUNITY, STREET or DISTRICT of the area." })
  async createPointsItem(@Arg('input', () => CreatePointsItemInput, { description: 'The item.' }) input: CreatePointsItemInput, @Ctx() ctx: CobuildingContext): Promise<PointsItem> {
    const place = { ...placeColumns(input.place, ctx), neighborhoodId: null };
    assertKeepsSupermarket(ctx.caller, place, 'stock the points supermarket');
    await assertKnownPath(ctx.em, place, false);
    const item = ctx.em.create(PointsItem, { name: input.name.trim(), points: input.points, stock: input.stock, ...place });
    await ctx.em.flush();
    return item;
  }

  @Mutation(() => PointsItem, { description: 'Sets an item\'s stock (补货). The area office keeping the supermarket.' })
  async restockPointsItem(@Arg('input', () => UpdatePointsItemInput, { description: 'Item and stock.' }) input: UpdatePointsItemInput, @Ctx() ctx: CobuildingContext): Promise<PointsItem> {
    const item = await loadItem(ctx, input.itemId);
    assertKeepsSupermarket(ctx.caller, item, 'restock the points supermarket');
    if (input.stock === undefined) throw badUserInput('stock is required to restock.', { field: 'stock' });
    assertAtVersion(item, input.expectedVersion, { noun: 'item', versionExtension: false });
    item.stock = input.stock;
    await ctx.em.flush();
    return item;
  }

  @Mutation(() => PointsItem, { description: 'Takes an item off the shelf (下架); it and its redemptions stay on record. The area office keeping the supermarket.' })
  async withdrawPointsItem(@Arg('input', () => UpdatePointsItemInput, { description: 'The item.' }) input: UpdatePointsItemInput, @Ctx() ctx: CobuildingContext): Promise<PointsItem> {
    const item = await loadItem(ctx, input.itemId);
    assertKeepsSupermarket(ctx.caller, item, 'withdraw supermarket items');
    assertAtVersion(item, input.expectedVersion, { noun: 'item', versionExtension: false });
    if (item.withdrawnAt) throw conflict('This item is already off the shelf.');
    item.withdrawnAt = ctx.clock.now();
    await ctx.em.flush();
    return item;
  }

  @Mutation(() => PointsEntry, {
    description: 'Exchanges points for an item (积分兑换): a RESIDENT for themself, or the supermarket\'s area office for a person. Refused when the balance or the stock is short; concurrent redemptions never overspend.',
  })
  async redeemPoints(@Arg('input', () => RedeemPointsInput, { description: 'Item, quantity, person.' }) input: RedeemPointsInput, @Ctx() ctx: CobuildingContext): Promise<PointsEntry> {
    const item = await loadItem(ctx, input.itemId);
    const personId = redeemingPersonId(ctx.caller, item, input.personId);
    const cost = item.points * input.quantity;
    return ctx.em.transactional(async (tx) => {
      // One redemption per person at a time, so two at once cannot both spend the same balance.
      await tx.getConnection().execute(`select pg_advisory_xact_lock(hashtextextended(?, 17))`, [personId], 'all', tx.getTransactionContext());
      const balance = await balanceOf(tx, personId);
      if (balance < cost) throw badUserInput(`The balance is ${balance} points; this needs ${cost}.`, { field: 'quantity' });
      const taken = await tx.getConnection().execute<{ id: string }[]>(
        `update cobuilding.points_item set stock = stock - ?, version = version + 1, updated_at = now() where id = ? and stock >= ? and withdrawn_at is null returning id`,
        [input.quantity, item.id, input.quantity], 'all', tx.getTransactionContext(),
      );
      if (!taken.length) throw conflict('This item is off the shelf or has too little stock left.');
      const entry = tx.create(PointsEntry, {
        personId, kind: PointsEntryKind.REDEEMED, points: -cost, itemId: item.id, quantity: input.quantity, recordedBy: ctx.caller.subject, recordedAt: ctx.clock.now(),
        districtId: item.districtId, streetId: item.streetId, communityId: item.communityId,
      });
      // The item, not the entry: the feed never says who redeemed.
      recordEvent(tx, { type: 'cobuilding.points.redeemed', place: item, recordType: 'PointsItem', recordId: item.id, detail: String(input.quantity) });
      await tx.flush();
      return entry;
    });
  }

  @Mutation(() => PointsRule, { description: "Sets the district's points per hour of service; activities recorded from now on earn by it. The DISTRICT office." })
  async setPointsRule(@Arg('input', () => SetPointsRuleInput, { description: 'The rule.' }) input: SetPointsRuleInput, @Ctx() ctx: CobuildingContext): Promise<PointsRule> {
    const districtId = input.districtId.toLowerCase();
    assertMaySetRule(ctx.caller, districtId);
    const rule = (await ctx.em.findOne(PointsRule, { districtId })) ?? ctx.em.create(PointsRule, { districtId, pointsPerHour: input.pointsPerHour, setBy: ctx.caller.subject });
    Object.assign(rule, { pointsPerHour: input.pointsPerHour, setBy: ctx.caller.subject });
    await ctx.em.flush();
    return rule;
  }
}
