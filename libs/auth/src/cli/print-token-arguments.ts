import { Agency, isAgency } from '../agency';
import type { AuthenticatedUser } from '../authenticated-user';
import { firstDemoUserWithRole } from '../demo-users';
import { isRole, Role } from '../role';

export const PRINT_TOKEN_USAGE = `Usage: npm run -s token -- <role> [--org <id>] [--sub <id>] [--agency <agency>] [--ttl <seconds>]

Prints a development bearer token for the first demo user with <role>; flags override that identity.
  roles:    ${Object.values(Role).join(', ')}
  agencies: ${Object.values(Agency).join(', ')}

Example: TOKEN=$(npm run -s token -- screener)`;

export type TokenRequest = {
  user: AuthenticatedUser;
  expiresInSeconds?: number;
};

export type ParsedArguments =
  { kind: 'token'; request: TokenRequest } | { kind: 'help' } | { kind: 'usage-error'; problem: string };

const FLAGS = ['--org', '--sub', '--agency', '--ttl'] as const;
type Flag = (typeof FLAGS)[number];

export function parsePrintTokenArguments(argv: readonly string[]): ParsedArguments {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };

  const positional: string[] = [];
  const flags = new Map<Flag, string>();
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (!argument.startsWith('--')) {
      positional.push(argument);
      continue;
    }
    const [name, inlineValue] = splitOnFirstEquals(argument);
    if (!isFlag(name)) return usageError(`Unknown option ${name}.`);
    const value = inlineValue ?? argv[++index];
    if (value === undefined || value === '' || value.startsWith('--')) {
      return usageError(`Option ${name} needs a value.`);
    }
    flags.set(name, value);
  }

  if (positional.length !== 1) return usageError('Give exactly one role.');
  const [role] = positional;
  if (!isRole(role)) return usageError(`Unknown role "${role}".`);
  const demoUser = firstDemoUserWithRole(role);
  if (!demoUser) return usageError(`No demo user has the role "${role}".`);

  const agency = flags.get('--agency');
  if (agency !== undefined && !isAgency(agency)) return usageError(`Unknown agency "${agency}".`);

  const ttl = flags.get('--ttl');
  const expiresInSeconds = ttl === undefined ? undefined : Number(ttl);
  if (expiresInSeconds !== undefined && !(Number.isInteger(expiresInSeconds) && expiresInSeconds > 0)) {
    return usageError('--ttl must be a positive whole number of seconds.');
  }

  const subject = flags.get('--sub');
  const user: AuthenticatedUser = {
    subject: subject ?? demoUser.subject,
    // The demo name belongs to the demo subject; keeping it for another subject would put a
    // misleading name beside that subject in audit trails.
    ...(subject === undefined ? { name: demoUser.name } : {}),
    roles: [...demoUser.roles],
    agency: agency ?? demoUser.agency,
    organisation: flags.get('--org') ?? demoUser.organisation,
  };
  return { kind: 'token', request: { user, ...(expiresInSeconds ? { expiresInSeconds } : {}) } };
}

function isFlag(name: string): name is Flag {
  return (FLAGS as readonly string[]).includes(name);
}

function splitOnFirstEquals(argument: string): [string, string | undefined] {
  const equals = argument.indexOf('=');
  return equals === -1 ? [argument, undefined] : [argument.slice(0, equals), argument.slice(equals + 1)];
}

function usageError(problem: string): ParsedArguments {
  return { kind: 'usage-error', problem };
}
