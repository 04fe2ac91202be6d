import { DEMO_USERS, Role } from '@frontdoor/auth';
import { demoUsersByRole, portalUserFor } from './demo-sign-in';

describe('demo sign-in', () => {
  it('lists every demo user once, schools first', () => {
    const groups = demoUsersByRole();
    expect(groups[0].heading).toBe('Schools');
    expect(groups[0].users.map((user) => user.organisation)).toEqual(['school-141001', 'school-141002']);
    expect(groups.flatMap((group) => group.users)).toHaveLength(DEMO_USERS.length);
  });

  it("names the user's organisation", () => {
    const oakfield = DEMO_USERS.find((user) => user.subject === 'demo-dsl-oakfield')!;
    expect(portalUserFor(oakfield)).toMatchObject({
      roles: [Role.SchoolDsl],
      organisation: 'school-141001',
      organisationName: 'Oakfield Lane Primary School',
    });
  });

  it('names every demo organisation, so no page shows an id like trafford-cs', () => {
    for (const user of DEMO_USERS) expect(portalUserFor(user).organisationName).not.toBe(user.organisation);
    const screener = DEMO_USERS.find((user) => user.roles.includes(Role.Screener))!;
    expect(portalUserFor(screener).organisationName).toBe("Children's services front door");
  });
});
