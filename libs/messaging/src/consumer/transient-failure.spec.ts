import { isTransientFailure } from './transient-failure';

function withCode(code: string, message = 'failed'): Error {
  return Object.assign(new Error(message), { code });
}

describe('isTransientFailure', () => {
  it.each([
    ['Postgres refusing connections', withCode('ECONNREFUSED')],
    ['Postgres shutting down (57P01, as after pg_ctl restart -m immediate)', withCode('57P01')],
    ['Postgres still starting (57P03)', withCode('57P03')],
    ['a broken connection (SQLSTATE class 08)', withCode('08006')],
    ['a serialization conflict', withCode('40001')],
    ['a connection cut mid-query', new Error('Connection terminated unexpectedly')],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
    ['a database closed to new connections', withCode('55000', 'database "x" is not currently accepting connections')],
    ['a driver error TypeORM wrapped', Object.assign(new Error('query failed'), { driverError: withCode('57P01') })],
    ['a cause Node chained', new Error('outer', { cause: withCode('ECONNRESET') })],
  ])('retries %s until it is back', (_, error) => {
    expect(isTransientFailure(error)).toBe(true);
  });

  it.each([
    ['a constraint the data breaks', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a handler bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['bad input', withCode('22P02', 'invalid input syntax for type uuid')],
    ['another state error with the same SQLSTATE', withCode('55000', 'currval of sequence "s" is not yet defined')],
    ['nothing at all', undefined],
  ])('does not retry %s forever', (_, error) => {
    expect(isTransientFailure(error)).toBe(false);
  });
});
