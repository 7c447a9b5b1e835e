import type { EntityManager } from '@mikro-orm/postgresql';
import { CommitteeStatus } from '../committee/committee-kinds.js';
import { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { Resolution } from '../resolution/resolution.entity.js';
import { ResolutionPublication } from '../resolution/resolution-publication.entity.js';
import { OwnersFundEntry } from '../fund/fund-entry.entity.js';
import { ENTRY_EFFECT, entryChange, formatCents } from '../fund/fund-ledger.js';
import { idRangeOfCode, noticeCode, normalizeNoticeCode } from '../notice/notice-code.js';
import { noticeFactsOf } from '../notice/resolution-notice.service.js';
import type { PublishedFundNotice } from '../../../platform/notice/published-fund-notice.js';
import { OwnersFundNotice } from './fund-notice.entity.js';
import { fundNoticeCode, fundPeriodFacts } from './fund-notice-facts.js';
import { parseFundPeriod, type FundPeriod } from './fund-period.js';

export function periodOf(notice: OwnersFundNotice): FundPeriod {
  return { label: notice.period, start: notice.periodStart, end: notice.periodEnd };
}

/**
 * The fund notice a code names, with its facts re-derived from the entries, or null: a code that matches no notice,
 * or one whose entries no longer give that code (a notice is confirmed only as recorded). It is SUPERSEDED once an
 * entry it lists has been reversed after it was published.
 */
export async function findPublishedFundNotice(em: EntityManager, typed: string): Promise<PublishedFundNotice | null> {
  const code = normalizeNoticeCode(typed);
  if (!code) return null;
  const range = idRangeOfCode(code);
  const notice = await em.findOne(OwnersFundNotice, { verificationCode: code, id: { $gte: range.from, $lte: range.to } });
  if (!notice || !parseFundPeriod(notice.period)) return null;
  const period = periodOf(notice);
  const facts = await fundPeriodFacts(em, notice.neighborhoodId, period);
  if (fundNoticeCode(notice.id, notice.neighborhoodId, period, facts) !== code) return null;

  const resolutionIds = [...new Set(facts.entries.flatMap((entry) => (entry.resolutionId ? [entry.resolutionId] : [])))];
  const listedIds = facts.entries.map((entry) => entry.id);
  const reversedIds = facts.entries.flatMap((entry) => (entry.reversesEntryId ? [entry.reversesEntryId] : []));
  const [reversals, reversed, resolutions, publications, committee] = await Promise.all([
    listedIds.length ? em.find(OwnersFundEntry, { reversesEntryId: { $in: listedIds } }) : [],
    reversedIds.length ? em.find(OwnersFundEntry, { id: { $in: reversedIds } }) : [],
    resolutionIds.length ? em.find(Resolution, { id: { $in: resolutionIds } }) : [],
    resolutionIds.length ? em.find(ResolutionPublication, { resolutionId: { $in: resolutionIds } }) : [],
    em.findOne(OwnersCommittee, { neighborhoodId: notice.neighborhoodId, electedOn: { $lte: notice.recordedAt } }, { orderBy: { electedOn: 'desc' } }),
  ]);
  const published = new Set(publications.map((publication) => publication.resolutionId));
  const byId = new Map(resolutions.map((resolution) => [resolution.id, resolution]));
  const reversalOf = new Map(reversals.map((reversal) => [reversal.reversesEntryId!, reversal]));
  const reversedById = new Map(reversed.map((entry) => [entry.id, entry]));
  const later = reversals.filter((reversal) => reversal.recordedAt > notice.recordedAt).sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
  return {
    code,
    codeVersion: 1,
    status: later.length ? 'SUPERSEDED' : 'IN_FORCE',
    supersededAt: later[0]?.recordedAt.toISOString() ?? null,
    neighborhoodId: notice.neighborhoodId,
    period: notice.period,
    periodStart: notice.periodStart.toISOString(),
    periodEnd: notice.periodEnd.toISOString(),
    publishedAt: notice.recordedAt.toISOString(),
    postedUntil: notice.postedUntil.toISOString(),
    publicationPlace: notice.place,
    accounts: facts.accounts.map((account) => ({
      fund: account.fund,
      opening: formatCents(account.opening),
      income: formatCents(account.income),
      spending: formatCents(account.spending),
      closing: formatCents(account.closing),
    })),
    entries: facts.entries.map((entry) => {
      const resolution = entry.resolutionId ? byId.get(entry.resolutionId) : undefined;
      return {
        fund: ENTRY_EFFECT[entry.kind].fund,
        kind: entry.kind,
        amount: entry.amount,
        change: formatCents(entryChange(entry)),
        purpose: entry.purpose,
        recordedAt: entry.recordedAt.toISOString(),
        authority: resolution
          ? { kind: 'RESOLUTION' as const, title: resolution.title, decidedAt: resolution.decidedAt.toISOString(), noticeCode: published.has(resolution.id) ? noticeCode(noticeFactsOf(resolution)) : null }
          : { kind: 'EMERGENCY' as const, reason: entry.emergencyReason ?? '' },
        reverses: entry.reversesEntryId
          ? { recordedAt: reversedById.get(entry.reversesEntryId)?.recordedAt.toISOString() ?? '', reason: entry.correctionReason ?? '' }
          : null,
        reversedAt: reversalOf.get(entry.id)?.recordedAt.toISOString() ?? null,
      };
    }),
    committee: committee && {
      electedOn: committee.electedOn.toISOString(),
      termEndsOn: committee.termEndsOn.toISOString(),
      filedOn: committee.filedOn?.toISOString() ?? null,
      inOffice: committee.status === CommitteeStatus.ACTIVE,
    },
  };
}
