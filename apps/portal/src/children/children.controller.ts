import { Role } from '@frontdoor/auth';
import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { MaracClient } from '../clients/marac.client';
import { ScreeningClient } from '../clients/screening.client';
import { StrategyClient } from '../clients/strategy.client';
import { ForRoles } from '../session/page-access';
import { readChildSearch } from './child-search-form';

/** Find a child the front door knows, however the caller spells the name, and open their page. */
@Controller('children')
@ForRoles(Role.Screener, Role.Manager)
export class ChildrenController {
  constructor(
    private readonly screening: ScreeningClient,
    private readonly marac: MaracClient,
    private readonly strategy: StrategyClient,
  ) {}

  @Get()
  async search(
    @Req() request: Request,
    @Res() response: Response,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const read = readChildSearch(query, new Date());
    if (read.state === 'blank') {
      response.render('children/search.njk', { values: {} });
      return;
    }
    if (read.state === 'invalid') {
      response.status(400).render('children/search.njk', { errors: read.errors, values: read.values });
      return;
    }
    const results = await this.screening.searchChildren(request.session.token!, read.search);
    response.render('children/search.njk', { values: read.values, results, searchQuery: request.originalUrl });
  }

  @Get(':personId')
  async show(
    @Req() request: Request,
    @Res() response: Response,
    @Param('personId', ParseUUIDPipe) personId: string,
  ): Promise<void> {
    const token = request.session.token!;
    const child = await this.screening.readChild(token, personId);
    // MARAC and strategy know the child's cases by screening case id; each service audits its own reads.
    const caseIds = child.contacts.map((contact) => contact.caseId);
    const [maracReferrals, discussions] = await Promise.all([
      Promise.all(caseIds.map((caseId) => this.marac.referralOfCase(token, caseId))),
      Promise.all(caseIds.map((caseId) => this.strategy.discussionsOfCase(token, caseId))),
    ]);
    // Back to the results the screener came from, when the link carried them (never elsewhere).
    const from = request.query.from;
    const back = typeof from === 'string' && from.startsWith('/children?') ? from : '/children';
    response.render('children/show.njk', {
      child,
      back,
      title: child.name,
      maracReferrals: maracReferrals.filter((referral) => referral !== undefined),
      discussions: discussions.flat(),
    });
  }
}
