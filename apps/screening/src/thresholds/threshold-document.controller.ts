import { Roles } from '@frontdoor/auth';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CASE_READERS } from '../front-door-roles';
import { ScreeningPolicy } from '../screening-policy';
import { ThresholdDocument } from './threshold-document';

/** The levels-of-need document in force, so screeners can read what the suggestions rest on. */
@ApiTags('thresholds')
@Controller('threshold-document')
export class ThresholdDocumentController {
  constructor(private readonly policy: ScreeningPolicy) {}

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'The local threshold document: indicators for levels 1-4 by domain' })
  @ApiOkResponse({ description: 'name, version and indicators (code, level, domain, description, conditions)' })
  current(): ThresholdDocument {
    return this.policy.thresholdDocument;
  }
}
