import { ServiceError, ServiceUnavailableError } from '../clients/service-client';
import { refusalMessage } from './form-post';

describe('refusalMessage', () => {
  it("shows a service's refusal in its own words, else a plain one", () => {
    expect(
      refusalMessage(
        new ServiceError('strategy', 400, { detail: 'outcome: a joint s47 enquiry needs the police to agree to it' }),
      ),
    ).toBe('outcome: a joint s47 enquiry needs the police to agree to it');
    expect(refusalMessage(new ServiceError('screening', 409, { title: 'Joint decision sealed' }))).toBe(
      'Joint decision sealed',
    );
    expect(refusalMessage(new ServiceError('screening', 403, undefined))).toBe(
      'This could not be recorded. Reload the page and try again.',
    );
  });

  it('leaves everything else to the error pages', () => {
    expect(refusalMessage(new ServiceError('screening', 404, { title: 'Not found' }))).toBeUndefined();
    expect(refusalMessage(new ServiceError('screening', 500, undefined))).toBeUndefined();
    expect(refusalMessage(new ServiceUnavailableError('screening', new Error('refused')))).toBeUndefined();
    expect(refusalMessage(new Error('bug'))).toBeUndefined();
  });
});
