import { EmergencyDutyAction } from '@frontdoor/contracts';
import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsNotEmpty,
  IsString,
  MaxLength,
} from 'class-validator';

/** What the emergency duty team did for the child tonight, for the front door to read in the morning. */
export class RecordEmergencyDutyDto {
  @ApiProperty({
    enum: EmergencyDutyAction,
    isArray: true,
    example: [EmergencyDutyAction.Visited, EmergencyDutyAction.PoliceAttended, EmergencyDutyAction.ChildSafe],
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'Select what the emergency duty team did' })
  @ArrayMaxSize(Object.values(EmergencyDutyAction).length)
  @ArrayUnique()
  @IsEnum(EmergencyDutyAction, { each: true })
  actions!: EmergencyDutyAction[];

  @ApiProperty({
    example:
      'Visited with police at 22:40. Mum sober and caring for Isla; grandmother staying overnight. Isla asleep and safe.',
    maxLength: 4000,
  })
  @IsString()
  @IsNotEmpty({ message: 'Say what happened and how the child is' })
  @MaxLength(4000)
  summary!: string;
}
