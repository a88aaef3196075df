export type DeliveryChannel = 'email' | 'webhook';
export type DeliveryStatus = 'delivered' | 'failed';

/** One notification sent, or given up on, as the delivery log keeps it. */
export interface Delivery {
  channel: DeliveryChannel;
  /** The webhook URL, or the recipients. */
  target: string;
  commentIds: number[];
  status: DeliveryStatus;
  attempts: number;
  /** The last answer: an HTTP status, the SMTP reply or the error. */
  outcome: string;
  startedAt: Date;
  finishedAt: Date;
}

/** A delivery as `GET /api/admin/notifications/deliveries` lists it. */
export interface DeliveryJson {
  id: string;
  channel: DeliveryChannel;
  target: string;
  commentIds: string[];
  status: DeliveryStatus;
  attempts: number;
  outcome: string;
  startedAt: string;
  finishedAt: string;
}
