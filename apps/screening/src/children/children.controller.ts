import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser, CurrentUser, Roles } from '@frontdoor/auth';
import { BadRequestException, Controller, Get, Headers, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CASE_READERS } from '../front-door-roles';
import { childSearchKeys, searchedBy } from '../rules/child-search';
import { ChildRecordView, ChildSearchResultsView } from './child.view';
import { SearchChildrenDto } from './dto/search-children.dto';
import { ReadChildQuery } from './read-child.query';
import { SearchChildrenQuery } from './search-children.query';

const DEFAULT_REASON = 'front door screening';

@ApiTags('children')
@Controller('children')
export class ChildrenController {
  constructor(
    private readonly searchChildren: SearchChildrenQuery,
    private readonly readChild: ReadChildQuery,
    private readonly audit: AuditTrail,
  ) {}

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: 'Find a child the front door knows, by name (however spelt), date of birth, NHS number, UPN or postcode',
    description: 'At least one detail is needed. Every detail given must match; names match when they sound alike.',
  })
  @ApiOkResponse({ type: ChildSearchResultsView })
  @ApiBadRequestResponse({ description: 'No detail to search by, or one that is not valid' })
  async search(
    @CurrentUser() reader: AuthenticatedUser,
    @Query() query: SearchChildrenDto,
    @Headers('x-access-reason') reason: string | undefined,
  ): Promise<ChildSearchResultsView> {
    const keys = childSearchKeys(query);
    if (!keys) {
      throw new BadRequestException({
        title: 'Invalid request',
        detail: 'Give at least one detail to search by: a name, date of birth, NHS number, UPN or postcode.',
        errors: [{ field: 'lastName', messages: ['Enter at least one detail about the child'] }],
      });
    }
    const results = await this.searchChildren.search(keys);
    await this.audit.record(reader, {
      action: 'children.search',
      subjectType: 'person-search',
      subjectId: `${results.children.length} children by ${searchedBy(keys)}`,
      reason: reason?.slice(0, 200) || DEFAULT_REASON,
    });
    return results;
  }

  @Get(':personId')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: "A child's page: every contact about them, each decision, open cases and household" })
  @ApiOkResponse({ type: ChildRecordView })
  @ApiNotFoundResponse()
  async read(
    @CurrentUser() reader: AuthenticatedUser,
    @Param('personId', new ParseUUIDPipe()) personId: string,
    @Headers('x-access-reason') reason: string | undefined,
  ): Promise<ChildRecordView> {
    const child = await this.readChild.read(personId);
    await this.audit.record(reader, {
      action: 'child.read',
      subjectType: 'person',
      subjectId: personId,
      reason: reason?.slice(0, 200) || DEFAULT_REASON,
    });
    return child;
  }
}
