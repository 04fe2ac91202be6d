import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DecisionView } from '../cases/case.view';

export class ChildSearchResultView {
  @ApiProperty() personId!: string;
  @ApiProperty({ example: 'Ava Sampleton', description: 'As the most recent contact gave it' })
  name!: string;
  @ApiProperty({ type: [String], description: 'Other spellings contacts gave', example: ['Eva Sampelton'] })
  otherNames!: string[];
  @ApiPropertyOptional({ nullable: true }) dateOfBirth!: string | null;
  @ApiPropertyOptional({ nullable: true }) nhsNumber!: string | null;
  @ApiPropertyOptional({ nullable: true }) upn!: string | null;
  @ApiPropertyOptional({ nullable: true }) postcode!: string | null;
  @ApiProperty({ description: 'How many contacts were about this child' }) contacts!: number;
  @ApiProperty() lastContactAt!: string;
  @ApiPropertyOptional({ nullable: true, description: 'The case still being screened, if any' })
  openCaseId!: string | null;
  @ApiProperty({ type: [String], example: ['date of birth', 'first name sounds alike', 'last name spelt similarly'] })
  matchedOn!: string[];
}

export class ChildSearchResultsView {
  @ApiProperty({ type: [ChildSearchResultView], description: 'Closest first' })
  children!: ChildSearchResultView[];
  @ApiProperty({ description: 'More children matched than are shown: add a detail to narrow the search' })
  capped!: boolean;
  @ApiProperty({ example: 'first name, last name', description: 'The kinds of detail searched by' })
  searchedBy!: string;
}

export class ChildContactView {
  @ApiProperty() caseId!: string;
  @ApiProperty() reference!: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty() sourceType!: string;
  @ApiProperty() referrerOrganisation!: string;
  @ApiProperty({ type: [String] }) concerns!: string[];
  @ApiProperty() rag!: string;
  @ApiProperty({ enum: ['open', 'awaiting-approval', 'decided'] }) status!: string;
  @ApiProperty({ description: 'The name this contact gave the child' }) nameGiven!: string;
  @ApiProperty({ type: [DecisionView], description: 'Every decision on the contact, oldest first' })
  decisions!: DecisionView[];
}

export class HouseholdMemberView {
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiPropertyOptional({ nullable: true }) dateOfBirth!: string | null;
  @ApiProperty({ description: 'As the most recent contact put it' }) relationshipToChildren!: string;
  @ApiProperty() livesWithChildren!: boolean;
  @ApiProperty({ type: [String], description: 'References of the contacts that named them, newest first' })
  namedOn!: string[];
}

export class ChildRecordView {
  @ApiProperty() personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) otherNames!: string[];
  @ApiPropertyOptional({ nullable: true }) dateOfBirth!: string | null;
  @ApiPropertyOptional({ nullable: true }) nhsNumber!: string | null;
  @ApiPropertyOptional({ nullable: true }) upn!: string | null;
  @ApiPropertyOptional({ nullable: true }) postcode!: string | null;
  @ApiProperty({ type: [ChildContactView], description: 'Cases still being screened or signed off' })
  openCases!: ChildContactView[];
  @ApiProperty({ type: [ChildContactView], description: 'Every contact about the child, newest first' })
  contacts!: ChildContactView[];
  @ApiProperty({ type: [HouseholdMemberView], description: 'Adults named on the contacts' })
  household!: HouseholdMemberView[];
}
