import { Role } from '@frontdoor/auth';
import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { MaracClient } from '../clients/marac.client';
import { ForRoles } from '../session/page-access';
import { agendaCase } from './marac-view';

/** MARAC meetings, each meeting's agenda with research and actions, and the actions past due. */
@Controller('marac')
@ForRoles(Role.MaracCoordinator, Role.DaAdvisor, Role.PoliceOfficer)
export class MaracController {
  constructor(private readonly marac: MaracClient) {}

  @Get()
  async meetings(@Req() request: Request, @Res() response: Response): Promise<void> {
    const meetings = await this.marac.meetings(request.session.token!);
    response.render('marac/meetings.njk', { meetings });
  }

  @Get('meetings/:id')
  async agenda(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    const agenda = await this.marac.agenda(request.session.token!, id);
    response.render('marac/agenda.njk', { meeting: agenda.meeting, cases: agenda.cases.map(agendaCase) });
  }

  @Get('actions/overdue')
  async overdueActions(@Req() request: Request, @Res() response: Response): Promise<void> {
    const actions = await this.marac.overdueActions(request.session.token!);
    response.render('marac/overdue-actions.njk', { actions });
  }
}
