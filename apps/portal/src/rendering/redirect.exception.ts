import { HttpException, HttpStatus } from '@nestjs/common';

/** Stop handling the request and send the user to another page (the filter redirects). */
export class RedirectException extends HttpException {
  constructor(readonly location: string) {
    super(`Redirect to ${location}`, HttpStatus.SEE_OTHER);
  }
}
