import type pg from 'pg';
import { Role } from '../subgraphs/platform/access/role.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import type { GraphStack } from './harness/graph-stack.js';
import { ownersSuite } from './harness/owners-suite.js';
import { planOwnersCommittees } from '../subgraphs/owners/seeders/owners.seeder.js';

let graph: GraphStack;
let db: pg.Client;
ownersSuite((opened) => ({ graph, db } = opened));

const token = (role: Role) => graph.tokens.get(role)!;
const yesterday = () => new Date(graph.clock.now().getTime() - 24 * 3600 * 1000).toISOString();
const refusal = (message: string, extensions: Record<string, string>) => ({ data: null, errors: [{ message, path: ['chooseOwnersCommitteeOfficers'], extensions }] });

const MEETING = `mutation($input: RecordCommitteeMeetingInput!) { recordCommitteeMeeting(input: $input) { decisions { id title carried } } }`;
const CHOOSE = `mutation($input: ChooseOwnersCommitteeOfficersInput!) {
  chooseOwnersCommitteeOfficers(input: $input) { director { id } deputyDirectors { id } effectiveAt }
}`;
const COMMITTEE = `query($id: ID!) { ownersCommittee(id: $id) {
  members { role person { id } } officerChoices { director { id } deputyDirectors { id } }
} }`;

describe("the committee chooses its director and deputies (推选主任、副主任) by a decision of its meeting", () => {
  it('records the choice from a carried decision, changes the posts, keeps every choice, and refuses what the rules forbid', async () => {
    const { committee } = demoScenario(graph.plan);
    const people = planOwnersCommittees(graph.plan).find((planned) => planned.id === committee.id)!.members.map((member) => member.personId);
    const meeting = await graph.graphql<{ recordCommitteeMeeting: { decisions: { id: string; title: string; carried: boolean }[] } }>(MEETING, {
      token: token(Role.OWNERS_COMMITTEE),
      variables: {
        input: {
          heldAt: yesterday(),
          subject: '推选主任、副主任',
          presentPersonIds: people,
          decisions: [
            { title: '推选主任一名、副主任一名', inFavourPersonIds: people },
            { title: '增设副主任（未通过）', inFavourPersonIds: [] },
          ],
        },
      },
    });
    expect(meeting.body.errors).toBeUndefined();
    const [carried, lost] = meeting.body.data!.recordCommitteeMeeting.decisions;
    expect([carried.carried, lost.carried]).toEqual([true, false]);
    const choose = (input: Record<string, unknown>, role = Role.OWNERS_COMMITTEE) => graph.graphql(CHOOSE, { token: token(role), variables: { input } });

    expect((await choose({ decisionId: lost.id, directorPersonId: people[1], deputyDirectorPersonIds: [] })).body).toEqual(
      refusal('That decision was not carried: officers are chosen by more than half of all members in favour.', { code: 'BAD_USER_INPUT', field: 'decisionId' }),
    );
    expect((await choose({ decisionId: carried.id, directorPersonId: people[1], deputyDirectorPersonIds: [people[1]] })).body).toEqual(
      refusal('The director cannot also be a deputy director.', { code: 'BAD_USER_INPUT', field: 'directorPersonId' }),
    );
    expect((await choose({ decisionId: carried.id, directorPersonId: '00000000-0000-4000-8000-000000000001', deputyDirectorPersonIds: [] })).body).toEqual(
      refusal('The director must be a voting member of this committee in office.', { code: 'BAD_USER_INPUT', field: 'directorPersonId' }),
    );
    expect((await choose({ decisionId: carried.id, directorPersonId: people[1], deputyDirectorPersonIds: [people[2]] }, Role.STREET)).body).toEqual(
      refusal("Only an owners' committee in office, acting for its own neighborhood, may record this.", { code: 'FORBIDDEN' }),
    );
    expect(Number((await db.query('select count(*) as n from owners.committee_officer_choice')).rows[0].n)).toBe(0);

    const chosen = await choose({ decisionId: carried.id, directorPersonId: people[1], deputyDirectorPersonIds: [people[2]] });
    expect(chosen.body).toEqual({
      data: { chooseOwnersCommitteeOfficers: { director: { id: people[1] }, deputyDirectors: [{ id: people[2] }], effectiveAt: expect.any(String) } },
    });
    expect((await choose({ decisionId: carried.id, directorPersonId: people[0], deputyDirectorPersonIds: [] })).body).toEqual(
      refusal('Officers have already been chosen by that decision.', { code: 'CONFLICT', field: 'decisionId' }),
    );

    const read = await graph.graphql<{ ownersCommittee: { members: { role: string; person: { id: string } }[]; officerChoices: unknown[] } }>(COMMITTEE, {
      token: token(Role.STREET),
      variables: { id: committee.id },
    });
    expect(read.body.errors).toBeUndefined();
    const posts = Object.fromEntries(read.body.data!.ownersCommittee.members.map((member) => [member.person.id, member.role]));
    expect(posts).toEqual(Object.fromEntries(people.map((id, index) => [id, index === 1 ? 'DIRECTOR' : index === 2 ? 'DEPUTY_DIRECTOR' : 'MEMBER'])));
    expect(read.body.data!.ownersCommittee.officerChoices).toEqual([{ director: { id: people[1] }, deputyDirectors: [{ id: people[2] }] }]);
    await expect(db.query('update owners.committee_officer_choice set director_person_id = director_person_id')).rejects.toThrow('recorded rows are immutable');
  });
});
