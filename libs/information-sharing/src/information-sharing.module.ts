import { DynamicModule, Module } from '@nestjs/common';
import { AGENCY_RECORDS } from './agency-records.port';
import { AnswerInformationRequestHandler } from './answer-information-request.handler';
import { informationRequestConsumerFor } from './information-request.consumer';
import { informationRequestsControllerFor } from './information-requests.controller';
import { InformationRequestsQuery } from './information-requests.query';
import { INFORMATION_SHARING_OPTIONS, InformationSharingOptions } from './information-sharing.options';

/**
 * Everything an agency service needs to answer the front door, given only its records adapter.
 * Needs the app's DatabaseModule, MessagingModule, AuthModule and AuditModule.
 */
@Module({})
export class InformationSharingModule {
  static forAgency(options: InformationSharingOptions): DynamicModule {
    return {
      module: InformationSharingModule,
      controllers: [
        informationRequestConsumerFor(options.requestTopic),
        informationRequestsControllerFor(options.practitionerRoles),
      ],
      providers: [
        { provide: INFORMATION_SHARING_OPTIONS, useValue: options },
        options.records,
        { provide: AGENCY_RECORDS, useExisting: options.records },
        AnswerInformationRequestHandler,
        InformationRequestsQuery,
      ],
      exports: [AGENCY_RECORDS],
    };
  }
}
