import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { toDecisionView } from '../cases/read-case.query';
import { CaseDecision } from '../decisions/case-decision.entity';
import { Person } from '../person-index/person.entity';
import { householdFromContacts } from '../rules/household';
import { ChildContactView, ChildRecordView } from './child.view';
import { contactsAbout, fullName, isOpen, namesGiven } from './child-contacts';

/** One child as the front door knows them: every contact, each decision, open cases, household. */
@Injectable()
export class ReadChildQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(personId: string): Promise<ChildRecordView> {
    const manager = this.dataSource.manager;
    const person = await manager.findOneBy(Person, { id: personId });
    const contacts = person ? await contactsAbout(manager, [personId]) : [];
    if (!person || contacts.length === 0) throw new NotFoundException(`No child ${personId}`);
    const decisions = await manager.find(CaseDecision, {
      where: { caseId: In(contacts.map((contact) => contact.case.id)) },
      order: { decidedAt: 'ASC' },
    });
    const views: ChildContactView[] = contacts.map(({ case: found, child }) => ({
      caseId: found.id,
      reference: found.contactReference,
      receivedAt: found.receivedAt.toISOString(),
      sourceType: found.sourceType,
      referrerOrganisation: found.referrer.organisation,
      concerns: found.concernCategories,
      rag: found.rag,
      status: found.status,
      nameGiven: fullName(child),
      decisions: decisions.filter((decision) => decision.caseId === found.id).map(toDecisionView),
    }));
    return {
      personId,
      ...namesGiven(contacts),
      dateOfBirth: person.dateOfBirth,
      nhsNumber: person.nhsNumber,
      upn: person.upn,
      postcode: person.postcode,
      openCases: views.filter((_, index) => isOpen(contacts[index].case)),
      contacts: views,
      household: householdFromContacts(
        contacts.map(({ case: found }) => ({
          reference: found.contactReference,
          receivedAt: found.receivedAt.toISOString(),
          adults: found.adults,
        })),
      ),
    };
  }
}
