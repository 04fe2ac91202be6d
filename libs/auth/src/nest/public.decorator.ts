import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_ROUTE = 'frontdoor:auth:public';

/**
 * Opts a handler or controller out of the bearer token check. Meant only for what must work
 * without a user: health probes, API docs and metrics scraping.
 */
export const Public = () => SetMetadata(IS_PUBLIC_ROUTE, true);
