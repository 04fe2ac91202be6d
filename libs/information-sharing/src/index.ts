export * from './agency-records.port';
export * from './answer-information-request.handler';
export * from './disclosure.entity';
export * from './information-request.view';
export * from './information-sharing.module';
export * from './information-sharing.options';
export * from './received-information-request.entity';
export * from './redact-restricted';

import { Disclosure } from './disclosure.entity';
import { ReceivedInformationRequest } from './received-information-request.entity';
/** Add to the agency service's TypeORM entities (and generate its migration). */
export const INFORMATION_SHARING_ENTITIES = [ReceivedInformationRequest, Disclosure];
