/**
 * A plain mailbox, `name@host.tld`: enough to catch a typo in a setting. Whether the mailbox
 * exists only the mail server can say, and a failed delivery is logged.
 */
const mailbox = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

export const isMailbox = (value: string): boolean => mailbox.test(value);

/** A sender as mail programs show it: a mailbox, or `Name <mailbox>`. */
export const isSender = (value: string): boolean =>
  isMailbox(value) || isMailbox(/<([^<>]+)>$/.exec(value)?.[1] ?? '');
