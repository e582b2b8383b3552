import { DeadLetter } from './dead-letter.entity';
import { InboxRecord } from './inbox-record.entity';
import { OutboxEvent } from './outbox-event.entity';

export { DeadLetter, InboxRecord, OutboxEvent };

/** The messaging tables every service has in its own schema; add them to the service's entity list. */
export const MESSAGING_ENTITIES = [OutboxEvent, InboxRecord, DeadLetter];
