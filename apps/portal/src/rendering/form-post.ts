import type { Request, Response } from 'express';
import { ServiceError } from '../clients/service-client';
import type { FieldError, FormBody, Parsed } from '../referrals/referral-answers';
import type { FlashMessage } from '../session/portal-session';

/** What a service's refusal (400, 403, 409, 422) means for the person, or undefined for anything else. */
export function refusalMessage(error: unknown): string | undefined {
  if (!(error instanceof ServiceError) || ![400, 403, 409, 422].includes(error.status)) return undefined;
  return error.problem?.detail ?? error.problem?.title ?? 'This could not be recorded. Reload the page and try again.';
}

export interface FormPost<T, R> {
  parsed: Parsed<T>;
  /** The field a service's refusal is shown against (usually the form's first). */
  errorField: string;
  send: (token: string, value: T) => Promise<R>;
  flash: (result: R) => FlashMessage;
  /** Where the person lands after it worked (post, redirect, get): a page, or one the result names. */
  redirectTo: string | ((result: R) => string);
  /** The page again with these errors, the answers kept, and this status. */
  showErrors: (form: { errors: FieldError[]; values: FormBody; status: number }) => Promise<void>;
}

/**
 * One form post on a page that calls a service: bad input, or the service's refusal, shows the
 * page again with the errors and the person's answers; otherwise a success message on the page
 * it redirects to. Anything else (a 404, the service down) goes to the error pages.
 */
export async function postForm<T, R>(
  request: Request,
  response: Response,
  body: FormBody,
  form: FormPost<T, R>,
): Promise<void> {
  const { parsed } = form;
  if (!parsed.ok) return form.showErrors({ errors: parsed.errors, values: body, status: 400 });
  let result: R;
  try {
    result = await form.send(request.session.token!, parsed.value);
  } catch (error) {
    const message = refusalMessage(error);
    if (!message) throw error;
    const status = error instanceof ServiceError && error.status === 409 ? 409 : 400;
    return form.showErrors({ errors: [{ field: form.errorField, text: message }], values: body, status });
  }
  request.session.flash = form.flash(result);
  response.redirect(303, typeof form.redirectTo === 'string' ? form.redirectTo : form.redirectTo(result));
}
