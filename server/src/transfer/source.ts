/** The formats a site's comments can be imported from. */
export type Source = 'wxr' | 'disqus';

/**
 * What the export says became of a comment. Only `published` and `pending` are imported;
 * the rest are skipped and counted: `pingback` stands for every entry that is no reader's
 * comment (WordPress pingbacks, trackbacks and the notes plugins keep as comments), and
 * `invalid` for one that lacks what a comment needs (its `problem` says what).
 */
export type SourceState = 'published' | 'pending' | 'spam' | 'trash' | 'pingback' | 'invalid';

/** The states whose comments are imported. */
export const importable: ReadonlySet<SourceState> = new Set(['published', 'pending']);

/** The reason of the first check that failed: why a comment cannot be imported, if it cannot. */
export const firstProblem = (checks: [failed: boolean, reason: string][]): string | undefined =>
  checks.find(([failed]) => failed)?.[1];

/** One comment as an export has it, its text already our plain text. */
export interface SourceComment {
  /** Unique within its format: how a second import of the file knows the comment. */
  externalId: string;
  parentExternalId?: string;
  authorName: string;
  /** ISO 8601; absent when the export gives no date that can be read. */
  createdAt?: string;
  text: string;
  state: SourceState;
  /** Why an `invalid` comment cannot be imported: no id, no date, no text. */
  problem?: string;
}

/** One page the export has comments for, with what can tell which news item it is. */
export interface SourceThread {
  /** How the report names it: the title, else the address. */
  label: string;
  link?: string;
  /** Addresses of the page, best first. */
  urls: string[];
  /** Names of the page that may be a news item's id, best first. */
  slugs: string[];
  comments: SourceComment[];
}

export interface SourceExport {
  source: Source;
  threads: SourceThread[];
  /** What was odd but readable, for the report. */
  warnings: string[];
}

/** A file that cannot be imported at all: nothing of it is stored, and the message says why. */
export class ExportFileError extends Error {
  override readonly name = 'ExportFileError';
}
