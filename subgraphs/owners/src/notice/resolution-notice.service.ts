import type { EntityManager } from '@mikro-orm/postgresql';
import { CommitteeStatus } from '../committee/committee-kinds.js';
import { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { Resolution } from '../resolution/resolution.entity.js';
import { ResolutionPublication } from '../resolution/resolution-publication.entity.js';
import type { PublishedNotice } from '../../../platform/notice/published-notice.js';
import { idRangeOfCode, noticeCode, normalizeNoticeCode, type NoticeFacts } from './notice-code.js';

export function noticeFactsOf(resolution: Resolution): NoticeFacts {
  return {
    id: resolution.id,
    neighborhoodId: resolution.neighborhoodId,
    motionId: resolution.motionId,
    electorateId: resolution.electorateId,
    title: resolution.title,
    category: resolution.category,
    special: resolution.special,
    outcome: resolution.outcome,
    totalArea: resolution.totalArea,
    totalOwners: resolution.totalOwners,
    participatingArea: resolution.participatingArea,
    participatingOwners: resolution.participatingOwners,
    approvingArea: resolution.approvingArea,
    approvingOwners: resolution.approvingOwners,
    quorumMet: resolution.quorumMet,
    thresholds: resolution.thresholds,
    decidedAt: resolution.decidedAt,
    correctsId: resolution.correctsId,
    codeVersion: resolution.noticeCodeVersion,
    ruleSetLabel: resolution.ruleSetLabel,
  };
}

/** The published resolution a code names, or null: a code that matches nothing, or a resolution not yet published. */
export async function findPublishedNotice(em: EntityManager, typed: string): Promise<PublishedNotice | null> {
  const code = normalizeNoticeCode(typed);
  if (!code) return null;
  const range = idRangeOfCode(code);
  const candidates = await em.find(Resolution, { id: { $gte: range.from, $lte: range.to } });
  const resolution = candidates.find((candidate) => noticeCode(noticeFactsOf(candidate)) === code);
  if (!resolution) return null;
  const publication = await em.findOne(ResolutionPublication, { resolutionId: resolution.id });
  if (!publication) return null;
  const [correction, corrected, committee] = await Promise.all([
    em.findOne(Resolution, { correctsId: resolution.id }),
    resolution.correctsId ? em.findOne(Resolution, { id: resolution.correctsId }) : null,
    em.findOne(OwnersCommittee, { neighborhoodId: resolution.neighborhoodId, electedOn: { $lte: resolution.decidedAt } }, { orderBy: { electedOn: 'desc' } }),
  ]);
  return {
    code,
    status: correction ? 'CORRECTED' : 'IN_FORCE',
    correctedByCode: correction ? noticeCode(noticeFactsOf(correction)) : null,
    correctsCode: corrected ? noticeCode(noticeFactsOf(corrected)) : null,
    correctionReason: resolution.correctionReason,
    neighborhoodId: resolution.neighborhoodId,
    title: resolution.title,
    category: resolution.category,
    special: resolution.special,
    outcome: resolution.outcome,
    totalArea: resolution.totalArea,
    totalOwners: resolution.totalOwners,
    participatingArea: resolution.participatingArea,
    participatingOwners: resolution.participatingOwners,
    approvingArea: resolution.approvingArea,
    approvingOwners: resolution.approvingOwners,
    quorumMet: resolution.quorumMet,
    quorumThreshold: resolution.thresholds.quorum,
    approvalThreshold: resolution.special ? resolution.thresholds.special : resolution.thresholds.ordinary,
    ruleSet: resolution.ruleSetLabel,
    codeVersion: resolution.noticeCodeVersion,
    decidedAt: resolution.decidedAt.toISOString(),
    publishedAt: publication.recordedAt.toISOString(),
    publicationDueBy: publication.dueBy.toISOString(),
    publishedOnTime: publication.onTime,
    publicationPlace: publication.place,
    committee: committee && {
      electedOn: committee.electedOn.toISOString(),
      termEndsOn: committee.termEndsOn.toISOString(),
      filedOn: committee.filedOn?.toISOString() ?? null,
      inOffice: committee.status === CommitteeStatus.ACTIVE,
    },
  };
}
