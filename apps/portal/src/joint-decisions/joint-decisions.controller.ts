import { Role } from '@frontdoor/auth';
import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ScreeningClient } from '../clients/screening.client';
import { JOINT_STATUS_LABELS } from '../rendering/partnership-labels';
import { ForRoles } from '../session/page-access';

const STATUSES = ['awaiting-views', 'disagreed', 'agreed'] as const;
type JointStatus = (typeof STATUSES)[number];

/** Police and the DA advisor's list of the front door's cases they decide jointly, by status. */
@Controller('joint-decisions')
@ForRoles(Role.PoliceOfficer, Role.DaAdvisor, Role.Screener, Role.Manager)
export class JointDecisionsController {
  constructor(private readonly screening: ScreeningClient) {}

  @Get()
  async list(@Req() request: Request, @Res() response: Response, @Query('status') requested: unknown): Promise<void> {
    const status: JointStatus = STATUSES.find((candidate) => candidate === requested) ?? 'awaiting-views';
    const items = await this.screening.jointDecisions(request.session.token!, status);
    response.render('joint-decisions/list.njk', {
      items,
      status,
      tabs: STATUSES.map((value) => ({
        value,
        text: JOINT_STATUS_LABELS[value],
        href: value === 'awaiting-views' ? '/joint-decisions' : `/joint-decisions?status=${value}`,
        current: value === status,
      })),
    });
  }
}
