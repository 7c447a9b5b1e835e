import type { MatterStageCounts } from '../../../platform/governance/matter-stage-facts.js';
import type { PostSummary } from '../../../platform/governance/post-summary.js';
import { ServiceRequestStatus } from '../request/request-kinds.js';
import { ENDED_UNFULFILLED, isCompleted } from '../request/request-lifecycle.js';
import { PropertyPostKind } from '../staff/property-post-kind.js';

/**
 * The facts of a matter's service stage (服务) from how many of its requests stand in each state. A declined,
 * cancelled or withdrawn request failed (it serves the matter no more); a reopened request (不满意重办) or one handed
 * to the community is pending again until a company resolves it.
 */
export function serviceFacts(countsByStatus: ReadonlyMap<ServiceRequestStatus, number>): MatterStageCounts {
  let linked = 0;
  let completed = 0;
  let failed = 0;
  for (const [status, count] of countsByStatus) {
    linked += count;
    if (isCompleted(status)) completed += count;
    if (ENDED_UNFULFILLED.includes(status)) failed += count;
  }
  const evaluated = countsByStatus.get(ServiceRequestStatus.EVALUATED) ?? 0;
  return { linked, pending: linked - completed - failed, completed, evaluated, failed };
}

/** The Chinese title of each post (岗位名称). */
export const POST_TITLES: Record<PropertyPostKind, string> = {
  [PropertyPostKind.PROJECT_MANAGER]: '项目经理',
  [PropertyPostKind.ADMINISTRATOR]: '物业管理员',
  [PropertyPostKind.CUSTOMER_SERVICE]: '客服主管',
  [PropertyPostKind.MAINTENANCE_LEAD]: '工程主管',
};

/** The day before an ISO day: a post's `endsOn` is the first day no longer serving, a summary names the last day served. */
export function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 24 * 3600_000).toISOString().slice(0, 10);
}

/** A property post as `Person.posts` shows it. */
export function summarizePost(post: { id: string; companyId: string; kind: PropertyPostKind; startsOn: string; endsOn: string | null }): PostSummary {
  return {
    postId: post.id,
    organizationType: 'PropertyCompany',
    organizationId: post.companyId,
    kind: post.kind,
    title: POST_TITLES[post.kind],
    since: post.startsOn,
    until: post.endsOn === null ? null : dayBefore(post.endsOn),
  };
}

/** Whether a post is held on `day`: started on or before it, and `endsOn` (first day no longer serving) after it. */
export function isPostActiveOn(post: { startsOn: string; endsOn: string | null }, day: string): boolean {
  return post.startsOn <= day && (post.endsOn === null || day < post.endsOn);
}

export interface RecusalFlag {
  personId: string;
  companyId: string;
  postKind: PropertyPostKind;
  reason: string;
}

/**
 * 回避: the persons among `personIds` who hold a post today in one of `companyIds` — those who would decide on a
 * matter concerning their own company. One flag per person, company and kind of post, in the order of the persons
 * given, then of the companies, then of the kinds.
 */
export function recusalsAmong(
  personIds: readonly string[],
  companyIds: readonly string[],
  activePosts: readonly { personId: string; companyId: string; kind: PropertyPostKind }[],
): RecusalFlag[] {
  const kinds = Object.values(PropertyPostKind);
  const flags: RecusalFlag[] = [];
  const seen = new Set<string>();
  for (const personId of new Set(personIds)) {
    for (const companyId of new Set(companyIds)) {
      const held = activePosts.filter((post) => post.personId === personId && post.companyId === companyId).map((post) => post.kind);
      for (const kind of kinds.filter((candidate) => held.includes(candidate))) {
        const key = `${personId}|${companyId}|${kind}`;
        if (seen.has(key)) continue;
        seen.add(key);
        flags.push({ personId, companyId, postKind: kind, reason: `所涉物业企业的${POST_TITLES[kind]}，与所议事项有利害关系，应回避` });
      }
    }
  }
  return flags;
}
