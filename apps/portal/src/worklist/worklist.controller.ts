import { Role } from '@frontdoor/auth';
import { Rag, SourceType } from '@frontdoor/contracts';
import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ScreeningClient } from '../clients/screening.client';
import { RAG_LABELS, SOURCE_LABELS } from '../rendering/labels';
import { ForRoles } from '../session/page-access';
import { readWorklistQuery, sortWorklist, worklistLink } from './worklist-view';

/** The front door's worklist: filter and sort with plain links and a GET form, no script needed. */
@Controller('worklist')
@ForRoles(Role.Screener, Role.Manager)
export class WorklistController {
  constructor(private readonly screening: ScreeningClient) {}

  @Get()
  async list(
    @Req() request: Request,
    @Res() response: Response,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const current = readWorklistQuery(query);
    const items = sortWorklist(await this.screening.worklist(request.session.token!, current.filters), current.sort);
    response.render('worklist/list.njk', {
      items,
      current,
      sortLinks: {
        deadline: worklistLink(current, { sort: 'deadline' }),
        rag: worklistLink(current, { sort: 'rag' }),
        received: worklistLink(current, { sort: 'received' }),
      },
      ragOptions: Object.values(Rag).map((value) => ({ value, text: RAG_LABELS[value] })),
      sourceOptions: Object.values(SourceType).map((value) => ({ value, text: SOURCE_LABELS[value] })),
    });
  }
}
