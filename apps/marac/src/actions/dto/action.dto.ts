import { londonDateFromToday } from '@frontdoor/calendar';
import { Agency } from '@frontdoor/auth';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ACTION_STATUSES, ActionStatus } from '../marac-action.entity';

export class CreateActionDto {
  @ApiProperty({ enum: Agency, example: Agency.Police })
  @IsIn(Object.values(Agency))
  ownerAgency!: Agency;

  @ApiProperty({ example: 'Flag the victim address for urgent police response' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description!: string;

  @ApiProperty({ example: londonDateFromToday(14), description: 'London calendar date' })
  @IsISO8601({ strict: true })
  dueDate!: string;
}

export class UpdateActionStatusDto {
  @ApiProperty({ enum: ACTION_STATUSES, example: 'done' })
  @IsIn(ACTION_STATUSES)
  status!: ActionStatus;
}
