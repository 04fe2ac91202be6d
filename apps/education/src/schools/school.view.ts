import { ApiProperty } from '@nestjs/swagger';

export class DesignatedSafeguardingLeadView {
  @ApiProperty({ example: 'Olive Oakfield' }) name!: string;
  @ApiProperty({ example: '0161 496 0101' }) phone!: string;
  @ApiProperty({ example: 'dsl@oakfield-lane.example.org' }) email!: string;
}

export class SchoolView {
  @ApiProperty({ example: '141001', description: 'DfE unique reference number' }) urn!: string;
  @ApiProperty({ example: 'school-141001', description: "The school's organisation id in tokens" })
  organisation!: string;
  @ApiProperty({ example: 'Oakfield Lane Primary' }) name!: string;
  @ApiProperty({ enum: ['primary', 'secondary'] }) phase!: string;
  @ApiProperty({ example: '08:45', description: 'Local time; Operation Encompass notifications are due before it' })
  schoolDayStartsAt!: string;
  @ApiProperty({ type: DesignatedSafeguardingLeadView }) designatedSafeguardingLead!: DesignatedSafeguardingLeadView;
  @ApiProperty({ description: 'Pupils on roll (a count only)' }) pupilsOnRoll!: number;
}
