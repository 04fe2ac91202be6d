import { Role } from '@frontdoor/auth';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ScreeningClient } from '../clients/screening.client';
import type { FieldError, FormBody } from '../referrals/referral-answers';
import { postForm } from '../rendering/form-post';
import { ForRoles } from '../session/page-access';
import { renderWorklist } from '../worklist/worklist.controller';
import { parseAllocation, screenerOptions, workloadSummary } from './allocation-form';

/**
 * Who has which case: a screener's own cases, the manager's view of everyone's workload, and the
 * page a manager gives a case to a screener (or moves it) from, reached from the case or the worklist.
 */
@Controller()
export class AllocationController {
  constructor(private readonly screening: ScreeningClient) {}

  @Get('my-cases')
  @ForRoles(Role.Screener)
  myCases(@Req() request: Request, @Res() response: Response, @Query() query: Record<string, unknown>): Promise<void> {
    return renderWorklist(this.screening, request, response, query, {
      path: '/my-cases',
      heading: 'My cases',
      onlyFor: request.session.user!.subject,
    });
  }

  @Get('workload')
  @ForRoles(Role.Manager)
  async workload(@Req() request: Request, @Res() response: Response): Promise<void> {
    const workload = await this.screening.workload(request.session.token!);
    const lines = workload.lines.map((line) => ({
      ...line,
      name: line.screener?.name ?? 'Not allocated',
      href: `/worklist?allocatedTo=${encodeURIComponent(line.screener?.subject ?? 'none')}`,
      summary: workloadSummary(line),
    }));
    response.render('allocation/workload.njk', {
      lines,
      nearPercent: Math.round(workload.nearDeadlineShare * 100),
      title: 'Workload',
    });
  }

  @Get('cases/:id/allocate')
  @ForRoles(Role.Manager)
  allocateForm(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    return this.renderAllocate(request, response, id);
  }

  @Post('cases/:id/allocate')
  @ForRoles(Role.Manager)
  async allocate(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
  ): Promise<void> {
    const token = request.session.token!;
    const [details, workload] = await Promise.all([this.screening.readCase(token, id), this.screening.workload(token)]);
    const offered = screenerOptions(workload, details.allocation?.screener ?? null).map((option) => option.value);
    return postForm(request, response, body, {
      parsed: parseAllocation(body, offered),
      errorField: 'screener',
      send: (sendToken, allocation) => this.screening.allocateCase(sendToken, id, allocation),
      flash: (allocated) => ({
        type: 'success',
        heading: `${details.reference} is now with ${allocated.screener.name}`,
        text: details.allocation
          ? `Moved from ${details.allocation.screener.name}. It is in their My cases.`
          : 'It is in their My cases.',
      }),
      redirectTo: `/cases/${id}`,
      showErrors: (shown) => this.renderAllocate(request, response, id, shown),
    });
  }

  private async renderAllocate(
    request: Request,
    response: Response,
    id: string,
    form: { errors?: FieldError[]; values?: FormBody; status?: number } = {},
  ): Promise<void> {
    const token = request.session.token!;
    const [details, workload] = await Promise.all([this.screening.readCase(token, id), this.screening.workload(token)]);
    response.status(form.status ?? 200).render('allocation/allocate.njk', {
      details,
      screenerOptions: screenerOptions(workload, details.allocation?.screener ?? null),
      errors: form.errors,
      values: form.values ?? {},
      title: `${details.allocation ? 'Move' : 'Allocate'} case ${details.reference}`,
    });
  }
}
