import { Role } from '@frontdoor/auth';
import { Rag, SourceType } from '@frontdoor/contracts';
import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ScreeningClient } from '../clients/screening.client';
import { RAG_LABELS, SOURCE_LABELS } from '../rendering/labels';
import { ForRoles } from '../session/page-access';
import { readWorklistQuery, sortWorklist, worklistLink } from './worklist-view';

/** The worklist page, or a screener's own part of it ("My cases"), which shows only their cases. */
export interface WorklistPage {
  path: '/worklist' | '/my-cases';
  heading: string;
  /** "My cases": the signed-in screener, whatever the query says. */
  onlyFor?: string;
}

/** Filter and sort with plain links and a GET form, no script needed. */
export async function renderWorklist(
  screening: ScreeningClient,
  request: Request,
  response: Response,
  query: Record<string, unknown>,
  page: WorklistPage,
): Promise<void> {
  const current = readWorklistQuery(query);
  if (page.onlyFor) current.filters.allocatedTo = page.onlyFor;
  const token = request.session.token!;
  const roles = request.session.user!.roles;
  const [items, workload] = await Promise.all([
    screening.worklist(token, current.filters),
    page.onlyFor ? undefined : screening.workload(token),
  ]);
  response.render('worklist/list.njk', {
    items: sortWorklist(items, current.sort),
    current,
    page,
    title: page.heading,
    canAllocate: roles.includes(Role.Manager),
    sortLinks: {
      deadline: worklistLink(current, { sort: 'deadline' }, page.path),
      rag: worklistLink(current, { sort: 'rag' }, page.path),
      received: worklistLink(current, { sort: 'received' }, page.path),
    },
    ragOptions: Object.values(Rag).map((value) => ({ value, text: RAG_LABELS[value] })),
    sourceOptions: Object.values(SourceType).map((value) => ({ value, text: SOURCE_LABELS[value] })),
    allocatedToOptions: workload
      ? [
          { value: 'none', text: 'Not allocated' },
          ...workload.lines.flatMap((line) =>
            line.screener ? [{ value: line.screener.subject, text: line.screener.name }] : [],
          ),
        ]
      : [],
  });
}

/** The front door's worklist. */
@Controller('worklist')
@ForRoles(Role.Screener, Role.Manager)
export class WorklistController {
  constructor(private readonly screening: ScreeningClient) {}

  @Get()
  list(@Req() request: Request, @Res() response: Response, @Query() query: Record<string, unknown>): Promise<void> {
    return renderWorklist(this.screening, request, response, query, { path: '/worklist', heading: 'Worklist' });
  }
}
