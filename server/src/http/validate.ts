import type { Context } from 'hono';
import { ApiError } from './api-error.js';

const idPattern = /^[\p{L}\p{N}_.:~@-]{1,200}$/u;

/** Item ids and thread names: what a CMS uses as a slug or a number, nothing that needs escaping. */
export function parseId(value: string, what: string): string {
  if (!idPattern.test(value)) {
    throw new ApiError(400, 'invalid_id', `${what} must be 1-200 letters, digits or _ . : ~ @ -`);
  }
  return value;
}

export function parseInteger(
  value: string | undefined,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new ApiError(
      400,
      'invalid_parameter',
      `${name} must be a whole number from ${min} to ${max}`,
    );
  }
  return number;
}

/** A cursor or a comment id as the contract writes it: a positive integer in a string. */
export function parseNumericId(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d{0,15}$/.test(value))
    throw new ApiError(400, 'invalid_parameter', `${name} must be a comment id`);
  return Number(value);
}

export function parseChoice<T extends string>(
  value: string | undefined,
  name: string,
  choices: readonly T[],
): T {
  if (value === undefined || value === '') return choices[0]!;
  if (!(choices as readonly string[]).includes(value)) {
    throw new ApiError(400, 'invalid_parameter', `${name} must be one of ${choices.join(', ')}`);
  }
  return value as T;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export async function readJsonObject(c: Context): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json');
  }
  let body: unknown;
  try {
    // Fatal decoding: invalid UTF-8 would otherwise be stored as U+FFFD, altering what was sent.
    body = JSON.parse(strictUtf8.decode(await c.req.arrayBuffer()));
  } catch {
    throw new ApiError(400, 'invalid_json', 'The body is not valid JSON in UTF-8');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new ApiError(400, 'invalid_body', 'The body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Comment text is stored as plain text: newlines kept, control characters dropped. */
export function parseCommentText(value: unknown, maxLength: number): string {
  if (value !== undefined && typeof value !== 'string') {
    throw new ApiError(400, 'invalid_text', 'text must be a string');
  }
  const text = (value ?? '').replace(/\r\n?/g, '\n').replace(controlCharacters, '').trim();
  if (!text) throw new ApiError(400, 'text_required', 'The comment is empty');
  if ([...text].length > maxLength) {
    throw new ApiError(400, 'text_too_long', `The comment is longer than ${maxLength} characters`);
  }
  return text;
}

/** A name a person could have: some letters, no markup, no links (a favourite of spammers). */
export function parseAuthorName(value: unknown, maxLength: number): string {
  if (value === undefined || value === null || value === '') {
    throw new ApiError(400, 'name_required', 'Give a name to comment without logging in');
  }
  if (typeof value !== 'string') throw new ApiError(400, 'name_invalid', 'author must be a string');
  const name = value.replace(controlCharacters, ' ').replace(/\s+/g, ' ').trim();
  const length = [...name].length;
  if (length < 2 || length > maxLength) {
    throw new ApiError(400, 'name_invalid', `The name must be 2-${maxLength} characters long`);
  }
  if (!/\p{L}/u.test(name) || /[<>]|:\/\/|www\./i.test(name)) {
    throw new ApiError(400, 'name_invalid', 'The name must contain letters and no links or markup');
  }
  return name;
}
