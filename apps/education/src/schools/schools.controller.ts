import { Role, Roles } from '@frontdoor/auth';
import { BadRequestException, Controller, Get, Param, PipeTransform } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { isValidSchoolUrn } from '@frontdoor/identifiers';
import { ReadSchoolQuery } from './read-school.query';
import { SchoolView } from './school.view';

class SchoolUrnPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isValidSchoolUrn(value)) {
      throw new BadRequestException({
        title: 'Not a school URN',
        detail: 'A school URN is six digits.',
        errors: [{ field: 'urn', messages: ['urn must be six digits'] }],
      });
    }
    return value.trim();
  }
}

/** Read-only: a school and how to reach its DSL (no pupils' personal data). */
@ApiTags('schools')
@Roles(Role.EducationOfficer)
@Controller('schools')
export class SchoolsController {
  constructor(private readonly readSchool: ReadSchoolQuery) {}

  @Get(':urn')
  @ApiOperation({ summary: 'A school by URN: phase, school day start and designated safeguarding lead' })
  @ApiOkResponse({ type: SchoolView })
  @ApiNotFoundResponse({ description: 'No school with that URN' })
  school(@Param('urn', new SchoolUrnPipe()) urn: string): Promise<SchoolView> {
    return this.readSchool.byUrn(urn);
  }
}
