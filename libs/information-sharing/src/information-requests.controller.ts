import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Type } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type as TransformType } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { AnswerInformationRequestHandler } from './answer-information-request.handler';
import { InformationRequestDetail, InformationRequestSummary, ManualAnswerDto } from './information-request.view';
import { InformationRequestsQuery } from './information-requests.query';

export class InformationRequestFilterDto {
  @ApiPropertyOptional({ enum: ['awaiting-review', 'answered'] })
  @IsOptional()
  @IsIn(['awaiting-review', 'answered'])
  status?: 'awaiting-review' | 'answered';

  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 500 })
  @IsOptional()
  @TransformType(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;
}

/** The practitioner's edge: see what the front door asked, review, and answer. */
export function informationRequestsControllerFor(practitionerRoles: Role[]): Type {
  @ApiTags('information-requests')
  @Roles(...practitionerRoles)
  @Controller('information-requests')
  class InformationRequestsController {
    constructor(
      private readonly query: InformationRequestsQuery,
      private readonly answerRequest: AnswerInformationRequestHandler,
    ) {}

    @Get()
    @ApiOperation({ summary: "The front door's requests to this agency, those awaiting review first" })
    @ApiOkResponse({ type: [InformationRequestSummary] })
    list(@Query() filter: InformationRequestFilterDto): Promise<InformationRequestSummary[]> {
      return this.query.list(filter.status, filter.limit);
    }

    @Get(':id')
    @ApiOperation({ summary: 'One request: what was asked and, before review, what the records would share' })
    @ApiOkResponse({ type: InformationRequestDetail })
    detail(
      @CurrentUser() reader: AuthenticatedUser,
      @Param('id', new ParseUUIDPipe()) id: string,
    ): Promise<InformationRequestDetail> {
      return this.query.detail(reader, id);
    }

    @Post(':id/answer')
    @HttpCode(200)
    @ApiOperation({ summary: 'Answer a request held for review; restricted values are removed whatever is written' })
    async answer(
      @CurrentUser() practitioner: AuthenticatedUser,
      @Param('id', new ParseUUIDPipe()) id: string,
      @Body() body: ManualAnswerDto,
    ): Promise<{ requestId: string; disclosedAt: string }> {
      const disclosure = await this.answerRequest.answerManually(practitioner, id, body);
      return { requestId: id, disclosedAt: disclosure.disclosedAt.toISOString() };
    }
  }
  return InformationRequestsController;
}
