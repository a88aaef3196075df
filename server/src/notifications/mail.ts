import nodemailer from 'nodemailer';

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
