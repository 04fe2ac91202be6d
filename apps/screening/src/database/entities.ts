import { AuditRecord } from '@frontdoor/audit';
import { MESSAGING_ENTITIES } from '@frontdoor/messaging';
import { CaseAllocation } from '../allocation/case-allocation.entity';
import { CaseChild } from '../cases/case-child.entity';
import { ScreeningCase } from '../cases/screening-case.entity';
import { CaseDecision } from '../decisions/case-decision.entity';
import { Deadline } from '../deadlines/deadline.entity';
import { EmergencyDutyRecord } from '../emergency-duty/emergency-duty-record.entity';
import { InformationRequest } from '../information-requests/information-request.entity';
import { JointDecision, JointDecisionView } from '../joint-decisions/joint-decision.entity';
import { Person } from '../person-index/person.entity';
import { StaffMember } from '../staff/staff-member.entity';

export const SCREENING_ENTITIES = [
  ScreeningCase,
  CaseChild,
  CaseDecision,
  Person,
  InformationRequest,
  Deadline,
  JointDecision,
  JointDecisionView,
  StaffMember,
  CaseAllocation,
  EmergencyDutyRecord,
  AuditRecord,
  ...MESSAGING_ENTITIES,
];
