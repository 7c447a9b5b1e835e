import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum DeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  DEAD = 'DEAD',
}

registerEnumType(DeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands (投递状态).',
  valuesConfig: {
    PENDING: { description: 'Queued or waiting to be retried (待投递).' },
    DELIVERED: { description: 'The receiver answered 2xx (已送达).' },
    DEAD: { description: 'Every attempt failed; replay it when the receiver is fixed (死信).' },
  },
});

@ObjectType({ description: 'One event sent to one subscription (投递记录).' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'The event (事件标识), also the webhook-id header of every attempt.' })
  eventId!: string;

  @Field(() => String, { description: 'The event type (事件类型).' })
  eventType!: string;

  @Field(() => DeliveryStatus, { description: 'Its status (状态).' })
  status!: DeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far (尝试次数).' })
  attempts!: number;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due, while PENDING (下次尝试).' })
  nextAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was last attempted (最近尝试).' })
  lastAttemptAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status at the last attempt, if it answered (最近响应码)." })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (失败原因).' })
  lastError!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was delivered (送达时间).' })
  deliveredAt!: Date | null;
}

interface DeliveryRow {
  event_id: string;
  type: string;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: Date;
  last_attempt_at: Date | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: Date | null;
}

export const DELIVERY_COLUMNS = `d.event_id, e.type, d.status, d.attempts, d.next_attempt_at, d.last_attempt_at, d.last_status_code, d.last_error, d.delivered_at`;

export function deliveryOf(row: DeliveryRow): WebhookDelivery {
  return {
    eventId: row.event_id,
    eventType: row.type,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === DeliveryStatus.PENDING ? new Date(row.next_attempt_at) : null,
    lastAttemptAt: row.last_attempt_at && new Date(row.last_attempt_at),
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    deliveredAt: row.delivered_at && new Date(row.delivered_at),
  };
}

export type { DeliveryRow };
