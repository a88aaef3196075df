import nodemailer from 'nodemailer';
import type { Attempt } from './retry.js';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/** Sends a mail and says what the server answered; throws when it could not be sent. */
export type SendMail = (message: MailMessage) => Promise<string>;

/**
 * Mail through the SMTP server of `SMTP_URL`. A mail server that does not answer is given up on
 * after `timeoutMs` at every step (connecting, its greeting, each reply), so a send never hangs.
 */
export function createSendMail(smtpUrl: string, from: string, timeoutMs: number): SendMail {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return async (message) => {
    // Quoted-printable keeps the links readable in the raw mail, whatever the language.
    const info = await transport.sendMail({ from, ...message, textEncoding: 'quoted-printable' });
    return info.response;
  };
}

/** What nodemailer's errors say of why a send failed. */
interface MailError {
  code?: string;
  /** Set with an SMTP reply: true for 5xx but 503, which the same mail would get again. */
  permanent?: boolean;
}

/** A lost, refused or silent connection: the mail server may be back later. */
const lostConnection = new Set(['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS']);

/**
 * Whether a failed send may go through later. An SMTP reply decides by its class, as nodemailer
 * reads it: 4xx (greylisting, a full queue) is worth another try, 5xx is not. Without a reply,
 * only a lost connection is; a refused login or a bad setting would fail again.
 */
function worthRetrying(error: unknown): boolean {
  const { code, permanent } = error as MailError;
  if (typeof permanent === 'boolean') return !permanent;
  return code !== undefined && lostConnection.has(code);
}

/** One try at sending `message`, with what the mail server answered. */
export async function tryMail(sendMail: SendMail, message: MailMessage): Promise<Attempt> {
  try {
    return { delivered: true, worthRetrying: false, outcome: await sendMail(message) };
  } catch (error) {
    return {
      delivered: false,
      worthRetrying: worthRetrying(error),
      outcome: (error as Error).message,
    };
  }
}
