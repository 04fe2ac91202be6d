import example from './example-contact.json';
import { SubmitContactDto } from './submit-contact.dto';

/**
 * A complete, valid contact about fictional people: the OpenAPI "Try it out" body, the README's
 * curl body (the JSON file itself) and the starting point of tests.
 */
export const EXAMPLE_CONTACT = example as SubmitContactDto;
