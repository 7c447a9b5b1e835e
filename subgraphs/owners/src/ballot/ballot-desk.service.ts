import type { EntityManager } from '@mikro-orm/postgresql';
import { batcher } from '../../../platform/batching/write-batcher.js';
import type { ElectorateUnit } from '../tally/tally.js';
import { AssemblyStatus, MotionStatus } from '../assembly/assembly-kinds.js';

/** A stored ballot as the database returns it (snake_case columns). */
export type BallotRow = Record<string, unknown> & { id: string };

/** What a ballot needs to know about its motion; all of it is immutable once the motion is convened. */
export interface MotionFacts {
  id: string;
  neighborhoodId: string;
  communityId: string;
  streetId: string;
  districtId: string;
  units: readonly Pick<ElectorateUnit, 'unitId' | 'ownerIds'>[];
}

export interface BallotToRecord {
  id: string;
  /** When it was cast, by the server's clock: accepted only from the assembly's meeting on. */
  recordedAt: Date;
  recordedBy: string;
  motion: MotionFacts;
  unitId: string;
  choice: string;
  channel: string;
  voterPersonId: string | null;
  proxyName: string | null;
  idempotencyKey: string;
}

/**
 * How a ballot fared: stored; refused because its motion is closed, its assembly cancelled or not yet met; or not
 * stored (a concurrent one won).
 */
export type RecordOutcome = { stored: BallotRow } | { closed: true } | { cancelled: true } | { notYet: Date } | { notStored: true };

const MOTIONS_REMEMBERED = 200;

/**
 * The owners subgraph's ballot desk, one per database: many clients vote at once (a committee entering a stack of
 * paper ballots, residents on the last evening), and one transaction per ballot spent most of its time on round
 * trips. The desk records every ballot that arrives while the previous batch is being written in one transaction
 * (a share lock on their motions, so none lands after closing; one multi-row insert; the unique constraints decide
 * duplicates), looks up idempotency keys for many requests in one statement, and remembers the immutable facts of
 * recent motions (place path, electorate) so a ballot does not re-read them.
 */
export interface BallotDesk {
  /** The ballot already recorded by this account under this idempotency key, if any. */
  findByKey(recordedBy: string, idempotencyKey: string): Promise<BallotRow | null>;
  record(ballot: BallotToRecord): Promise<RecordOutcome>;
  /** The motion's immutable facts, read with `load` the first time. */
  motionFacts(motionId: string, load: () => Promise<MotionFacts | null>): Promise<MotionFacts | null>;
}

function createBallotDesk(em: EntityManager): BallotDesk {
  const facts = new Map<string, MotionFacts>();

  const findByKey = batcher<{ recordedBy: string; idempotencyKey: string }, BallotRow | null>(async (keys) => {
    // Parameters are inlined by the ORM; one JSON document carries the whole batch safely.
    const rows = await em.fork().execute<BallotRow[]>(
      `select b.* from owners.owners_ballot b
         join jsonb_to_recordset(?::jsonb) as k(recorded_by text, idempotency_key text)
           on b.recorded_by = k.recorded_by and b.idempotency_key = k.idempotency_key`,
      [JSON.stringify(keys.map((key) => ({ recorded_by: key.recordedBy, idempotency_key: key.idempotencyKey })))],
    );
    const byKey = new Map(rows.map((row) => [`${row.recorded_by}\u0000${row.idempotency_key}`, row]));
    return keys.map((key) => byKey.get(`${key.recordedBy}\u0000${key.idempotencyKey}`) ?? null);
  });

  const record = batcher<BallotToRecord, RecordOutcome>(async (ballots) =>
    em.fork().transactional(async (tx) => {
      const motionIds = [...new Set(ballots.map((ballot) => ballot.motion.id))];
      // The share lock on each motion keeps closing out until commit; postponing and cancelling happen only before the
      // meeting, when no ballot is accepted.
      const states = new Map(
        (await tx.execute<{ id: string; status: string; assembly_status: string; meets_on: Date }[]>(
          `select m.id, m.status, a.status as assembly_status, a.meets_on from owners.owners_motion m
             join owners.owners_assembly a on a.id = m.assembly_id
            where m.id in (select value::uuid from jsonb_array_elements_text(?::jsonb)) for share of m`,
          [JSON.stringify(motionIds)],
        )).map((row) => [row.id, row]),
      );
      const refusal = (ballot: BallotToRecord): RecordOutcome | null => {
        const state = states.get(ballot.motion.id);
        if (!state || state.status !== MotionStatus.OPEN) return { closed: true };
        if (state.assembly_status !== AssemblyStatus.CONVENED) return { cancelled: true };
        const meetsOn = new Date(state.meets_on);
        return ballot.recordedAt < meetsOn ? { notYet: meetsOn } : null;
      };
      const accepted = ballots.filter((ballot) => refusal(ballot) === null);
      const stored = accepted.length === 0 ? [] : await tx.execute<BallotRow[]>(
        `insert into owners.owners_ballot
           (id, recorded_at, recorded_by, neighborhood_id, community_id, street_id, district_id, motion_id, unit_id, choice, channel,
            voter_person_id, proxy_name, idempotency_key)
         select id, recorded_at, recorded_by, neighborhood_id, community_id, street_id, district_id, motion_id, unit_id,
                choice::owners.owners_ballot_choice, channel::owners.owners_ballot_channel, voter_person_id, proxy_name, idempotency_key
           from jsonb_to_recordset(?::jsonb) as b(id uuid, recorded_at timestamptz, recorded_by text, neighborhood_id uuid, community_id uuid, street_id uuid,
                district_id uuid, motion_id uuid, unit_id uuid, choice text, channel text, voter_person_id uuid, proxy_name text, idempotency_key text)
         on conflict do nothing returning *`,
        [
          JSON.stringify(
            accepted.map((ballot) => ({
              id: ballot.id,
              recorded_at: ballot.recordedAt.toISOString(),
              recorded_by: ballot.recordedBy,
              neighborhood_id: ballot.motion.neighborhoodId,
              community_id: ballot.motion.communityId,
              street_id: ballot.motion.streetId,
              district_id: ballot.motion.districtId,
              motion_id: ballot.motion.id,
              unit_id: ballot.unitId,
              choice: ballot.choice,
              channel: ballot.channel,
              voter_person_id: ballot.voterPersonId,
              proxy_name: ballot.proxyName,
              idempotency_key: ballot.idempotencyKey,
            })),
          ),
        ],
      );
      const byId = new Map(stored.map((row) => [row.id, row]));
      return ballots.map((ballot): RecordOutcome => {
        const refused = refusal(ballot);
        if (refused) return refused;
        const row = byId.get(ballot.id);
        return row ? { stored: row } : { notStored: true };
      });
    }),
  );

  return {
    findByKey: (recordedBy, idempotencyKey) => findByKey({ recordedBy, idempotencyKey }),
    record,
    async motionFacts(motionId, load) {
      const known = facts.get(motionId);
      if (known) return known;
      const loaded = await load();
      if (loaded) {
        if (facts.size >= MOTIONS_REMEMBERED) facts.delete(facts.keys().next().value!);
        facts.set(motionId, loaded);
      }
      return loaded;
    },
  };
}

const desks = new WeakMap<object, BallotDesk>();

/** The desk of the database this EntityManager talks to (one per subgraph process; tests run several). */
export function ballotDeskFor(em: EntityManager): BallotDesk {
  const driver = em.getDriver();
  let desk = desks.get(driver);
  if (!desk) {
    desk = createBallotDesk(em.fork());
    desks.set(driver, desk);
  }
  return desk;
}
