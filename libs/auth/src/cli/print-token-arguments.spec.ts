import { Agency } from '../agency';
import { Role } from '../role';
import { parsePrintTokenArguments } from './print-token-arguments';

describe('parsePrintTokenArguments', () => {
  it('uses the first demo user with the role', () => {
    expect(parsePrintTokenArguments(['police-officer'])).toEqual({
      kind: 'token',
      request: {
        user: {
          subject: 'demo-police-officer',
          name: 'PC Pat Patrol (demo)',
          roles: [Role.PoliceOfficer],
          agency: Agency.Police,
          organisation: 'gmp',
        },
      },
    });
  });

  it('applies --org, --agency and --ttl, in either --flag value or --flag=value form', () => {
    const parsed = parsePrintTokenArguments([
      '--org=school-141002',
      'school-dsl',
      '--agency',
      'education',
      '--ttl',
      '600',
    ]);

    expect(parsed).toMatchObject({
      kind: 'token',
      request: { user: { organisation: 'school-141002', agency: Agency.Education }, expiresInSeconds: 600 },
    });
  });

  it('drops the demo name when the subject is overridden', () => {
    const parsed = parsePrintTokenArguments(['manager', '--sub', 'someone-else']);

    expect(parsed.kind === 'token' && parsed.request.user).toEqual({
      subject: 'someone-else',
      roles: [Role.Manager],
      agency: Agency.ChildrenSocialCare,
      organisation: 'trafford-cs',
    });
  });

  it.each([
    [[], 'Give exactly one role.'],
    [['screener', 'manager'], 'Give exactly one role.'],
    [['root'], 'Unknown role "root".'],
    [['screener', '--agency', 'fire-service'], 'Unknown agency "fire-service".'],
    [['screener', '--ttl', '-5'], '--ttl must be a positive whole number of seconds.'],
    [['screener', '--ttl', '1.5'], '--ttl must be a positive whole number of seconds.'],
    [['screener', '--org'], 'Option --org needs a value.'],
    [['screener', '--role', 'manager'], 'Unknown option --role.'],
  ])('refuses %j', (argv, problem) => {
    expect(parsePrintTokenArguments(argv)).toEqual({ kind: 'usage-error', problem });
  });

  it('recognises a request for help', () => {
    expect(parsePrintTokenArguments(['--help'])).toEqual({ kind: 'help' });
  });
});
