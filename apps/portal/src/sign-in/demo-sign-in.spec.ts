import { DEMO_USERS, Role } from '@frontdoor/auth';
import { demoUsersByRole, portalUserFor } from './demo-sign-in';

describe('demo sign-in', () => {
  it('lists every demo user once, schools first', () => {
    const groups = demoUsersByRole();
    expect(groups[0].heading).toBe('Schools');
    expect(groups[0].users.map((user) => user.organisation)).toEqual(['school-141001', 'school-141002']);
    expect(groups.flatMap((group) => group.users)).toHaveLength(DEMO_USERS.length);
  });

  it("takes the school's name from the demo description", () => {
    const oakfield = DEMO_USERS.find((user) => user.subject === 'demo-dsl-oakfield')!;
    expect(portalUserFor(oakfield)).toMatchObject({
      roles: [Role.SchoolDsl],
      organisation: 'school-141001',
      organisationName: 'Oakfield Lane Primary School',
    });
  });

  it('falls back to the organisation id', () => {
    const screener = DEMO_USERS.find((user) => user.roles.includes(Role.Screener))!;
    expect(portalUserFor(screener).organisationName).toBe('trafford-cs');
  });
});
