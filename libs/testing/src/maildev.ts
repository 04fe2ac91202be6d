/**
 * The lane's MailDev (deploy/local/maildev.sh, started by infra.sh): a real SMTP server whose
 * inbox the e2e tests read through its REST API. MAILDEV_SMTP_PORT / MAILDEV_WEB_PORT as the
 * scripts read them.
 */
export const MAILDEV_SMTP_PORT = Number(process.env.MAILDEV_SMTP_PORT || 1025);
export const MAILDEV_WEB_PORT = Number(process.env.MAILDEV_WEB_PORT || 1080);

export interface CaughtEmail {
  id: string;
  subject: string;
  text: string;
  time: string;
  from: { address: string; name: string }[];
  to: { address: string; name: string }[];
  headers: Record<string, string>;
}

/** Every email MailDev holds for one address (tests give each referrer an address of its own). */
export async function emailsTo(address: string): Promise<CaughtEmail[]> {
  const response = await fetch(`http://127.0.0.1:${MAILDEV_WEB_PORT}/api/email`);
  if (!response.ok) throw new Error(`MailDev answered ${response.status}`);
  const inbox = (await response.json()) as CaughtEmail[];
  return inbox.filter((email) => email.to.some((to) => to.address.toLowerCase() === address.toLowerCase()));
}
