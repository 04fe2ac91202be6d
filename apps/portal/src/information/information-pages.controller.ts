import { Controller, Get, Inject, Render } from '@nestjs/common';
import { PORTAL_CONFIG, type PortalConfig } from '../portal-config';
import { PublicPage } from '../session/page-access';
import { SESSION_COOKIE } from '../session/session-cookie';

/**
 * The pages every public-sector service owes its users, linked from the footer and readable
 * signed out: the accessibility statement (Public Sector Bodies Accessibility Regulations 2018),
 * the cookies page (PECR) and the privacy notice (UK GDPR Articles 13 and 14). The council that
 * runs the portal replaces the fictional council's details; the facts about the portal itself
 * (its one cookie, how it was tested) come from the code and its configuration.
 */
@Controller()
export class InformationPagesController {
  constructor(@Inject(PORTAL_CONFIG) private readonly config: PortalConfig) {}

  @Get('accessibility')
  @PublicPage()
  @Render('information/accessibility.njk')
  accessibility(): object {
    return {};
  }

  @Get('cookies')
  @PublicPage()
  @Render('information/cookies.njk')
  cookies(): object {
    return {
      sessionCookie: SESSION_COOKIE,
      idleMinutes: Math.round(this.config.idleTimeoutSeconds / 60),
      absoluteHours: Math.round((this.config.absoluteTimeoutSeconds / 3600) * 10) / 10,
    };
  }

  @Get('privacy')
  @PublicPage()
  @Render('information/privacy.njk')
  privacy(): object {
    return {};
  }
}
