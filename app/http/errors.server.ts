import { data } from "@remix-run/node";
import type { SubmissionResult } from "@conform-to/react";
import { translateErrorMessage } from "~/utils/error-messages-en";
import {
  httpStatusFor,
  isDomainError,
  retryAfter,
  type DomainError,
  type DomainErrorCode,
} from "~/utils/errors";
import { getLocaleFromCookieHeader, type Locale } from "~/utils/i18n";

/** A refused command, as a route answers it: status, message in the reader's language, field. */
export interface DomainFailure {
  code: DomainErrorCode;
  status: number;
  message: string;
  /** The form field the refusal is about, when the module named one. */
  field: string | null;
  headers?: Record<string, string>;
}

/** The reader's language, from the request's cookie. */
export function requestLocale(request: Request): Locale {
  return getLocaleFromCookieHeader(request.headers.get("Cookie"));
}

export function domainFailure(request: Request, error: DomainError): DomainFailure {
  const field = error.details?.field;
  return {
    code: error.code,
    status: httpStatusFor(error),
    message: translateErrorMessage(error.message, requestLocale(request)),
    field: typeof field === "string" ? field : null,
    headers: retryAfter(error),
  };
}

/**
 * Runs a module command for an action. A DomainError becomes `reply(failure)`: a Response (e.g. a
 * redirect with a toast) as it is, anything else as data sent with the error's HTTP status (and
 * Retry-After when throttled). The message is in the reader's language; any other error
 * propagates to the error boundary.
 */
export async function withDomainErrors<T, R>(
  request: Request,
  run: () => Promise<T>,
  reply: (failure: DomainFailure) => R | Promise<R>,
): Promise<T | (R extends Response ? R : ReturnType<typeof data<R>>)> {
  try {
    return await run();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const failure = domainFailure(request, error);
    const body = await reply(failure);
    if (body instanceof Response) return body as R extends Response ? R : never;
    return data(body, { status: failure.status, headers: failure.headers }) as R extends Response
      ? never
      : ReturnType<typeof data<R>>;
  }
}

type Repliable = {
  reply: (options?: {
    formErrors?: string[];
    fieldErrors?: Record<string, string[]>;
    resetForm?: boolean;
    hideFields?: string[];
  }) => SubmissionResult<string[]>;
};

/** What a reply leaves out: e.g. a password is never sent back. */
type ReplyOptions = { hideFields?: string[] };

/** A form's reply in the reader's language: its own messages, plus a refusal when given. */
export function formReply(
  request: Request,
  submission: Repliable,
  failure?: DomainFailure | null,
  options: ReplyOptions = {},
): SubmissionResult<string[]> {
  const result = failure
    ? submission.reply(
        failure.field
          ? { fieldErrors: { [failure.field]: [failure.message] }, ...options }
          : { formErrors: [failure.message], ...options },
      )
    : submission.reply(options);
  const locale = requestLocale(request);
  if (locale === "id" || !result.error) return result;
  const error: Record<string, string[] | null> = {};
  for (const [name, messages] of Object.entries(result.error)) {
    error[name] = messages ? messages.map((m) => translateErrorMessage(m, locale)) : messages;
  }
  return { ...result, error };
}

/** The first of a refused form's messages, in the reader's language, for a one-line error. */
export function firstFormMessage(
  request: Request,
  submission: { status?: string; error?: Record<string, string[] | null> | null },
): string {
  const message = Object.values(submission.error ?? {}).flat()[0] ?? "";
  return translateErrorMessage(message, requestLocale(request));
}

/** A form's invalid input, answered with status 400 (never a throw). */
export function invalidForm(request: Request, submission: Repliable, options?: ReplyOptions) {
  return data({ result: formReply(request, submission, null, options) }, { status: 400 });
}

/**
 * A DomainError that escaped a loader or action, as the response the nearest error boundary
 * renders: its status, and its message in the reader's language.
 */
export function domainErrorResponse(request: Request, error: DomainError): Response {
  return failurePage(request, domainFailure(request, error));
}

/**
 * A refusal shown as the error page rather than on the form, for a route to throw (e.g. the
 * record the form edits is gone): the same response as an escaped DomainError.
 */
export function failurePage(request: Request, failure: DomainFailure): Response {
  return new Response(
    JSON.stringify({ message: failure.message, locale: requestLocale(request) }),
    {
      status: failure.status,
      headers: { "Content-Type": "application/json; charset=utf-8", ...failure.headers },
    },
  );
}
