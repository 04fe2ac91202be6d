import { Role } from '@frontdoor/auth';
import { SourceType } from '@frontdoor/contracts';
import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ReportsClient } from '../clients/reports.client';
import { SOURCE_LABELS } from '../rendering/labels';
import { ForRoles } from '../session/page-access';
import { londonToday, readDashboardFilters } from './dashboard-filters';
import { dashboardSections } from './dashboard-view';

/**
 * The leaders' dashboard: screening's figures and MARAC's, each as an SVG chart drawn here with
 * the numbers in a table beside it, for a period and source chosen with a plain GET form.
 */
@Controller('dashboard')
@ForRoles(Role.Manager, Role.Auditor)
export class DashboardController {
  constructor(private readonly reports: ReportsClient) {}

  @Get()
  async show(
    @Req() request: Request,
    @Res() response: Response,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const read = readDashboardFilters(query, londonToday());
    const sourceOptions = Object.values(SourceType).map((value) => ({ value, text: SOURCE_LABELS[value] }));
    if (!read.ok) {
      response.status(400).render('dashboard/show.njk', { errors: read.errors, values: read.values, sourceOptions });
      return;
    }
    const token = request.session.token!;
    const [dashboard, marac] = await Promise.all([
      this.reports.dashboard(token, read.filters),
      this.reports.maracSummary(token, read.filters),
    ]);
    response.render('dashboard/show.njk', {
      values: read.values,
      filters: read.filters,
      sourceOptions,
      sections: dashboardSections(dashboard, marac),
    });
  }
}
