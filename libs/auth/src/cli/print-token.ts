// Prints a development bearer token, and nothing else on stdout, so that
// `TOKEN=$(npm run -s token -- screener)` works. Diagnostics go to stderr.
// Imports stay clear of the Nest pieces so the command starts quickly.
import { issueDevelopmentToken } from '../development-token';
import { parsePrintTokenArguments, PRINT_TOKEN_USAGE } from './print-token-arguments';

const EXIT_REFUSED = 1;
const EXIT_USAGE = 2;

async function printToken(argv: readonly string[]): Promise<number> {
  if (process.env.NODE_ENV === 'production') {
    process.stderr.write('Refusing to issue a development token: NODE_ENV=production.\n');
    return EXIT_REFUSED;
  }

  const parsed = parsePrintTokenArguments(argv);
  if (parsed.kind === 'help') {
    process.stderr.write(`${PRINT_TOKEN_USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    process.stderr.write(`${parsed.problem}\n\n${PRINT_TOKEN_USAGE}\n`);
    return EXIT_USAGE;
  }

  try {
    const token = await issueDevelopmentToken(parsed.request.user, {
      expiresInSeconds: parsed.request.expiresInSeconds,
    });
    process.stdout.write(`${token}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`Could not issue a development token: ${(error as Error).message}\n`);
    return EXIT_REFUSED;
  }
}

void printToken(process.argv.slice(2)).then((exitCode) => {
  process.exitCode = exitCode;
});
