import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Pupil } from '../pupils/pupil.entity';
import { School, schoolOrganisationId } from './school.entity';
import { SchoolView } from './school.view';

@Injectable()
export class ReadSchoolQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byUrn(urn: string): Promise<SchoolView> {
    const school = await this.dataSource.manager.findOneBy(School, { urn });
    if (!school) throw new NotFoundException(`No school with URN ${urn}`);
    const pupilsOnRoll = await this.dataSource.manager.countBy(Pupil, { schoolUrn: urn });
    return {
      urn: school.urn,
      organisation: schoolOrganisationId(school.urn),
      name: school.name,
      phase: school.phase,
      schoolDayStartsAt: school.schoolDayStartsAt,
      designatedSafeguardingLead: { name: school.dslName, phone: school.dslPhone, email: school.dslEmail },
      pupilsOnRoll,
    };
  }
}
