import { londonTimeOnWorkingDay } from '@frontdoor/calendar';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsISO8601, Max, Min } from 'class-validator';

export class CreateExtraMeetingDto {
  @ApiProperty({
    example: londonTimeOnWorkingDay(3, '14:00'),
    description: 'When the extra meeting for urgent cases is held',
  })
  @IsISO8601({ strict: true })
  heldAt!: string;
}

export class GenerateScheduleDto {
  @ApiProperty({ example: 8, description: 'Generate the regular meetings of the next N weeks' })
  @IsInt()
  @Min(1)
  @Max(52)
  weeks!: number;
}
