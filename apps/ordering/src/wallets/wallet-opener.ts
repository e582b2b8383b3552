import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AccountCreatedV1, EventEnvelope, Events } from '@did/contracts';
import { JetStreamEvents } from '@did/messaging';
import { WalletsService } from './wallets.service';

/** WARNING: JetStream keeps this consumer's position under this name; renaming it replays account.created (harmless: opening is idempotent). */
export const WALLET_OPENER_DURABLE = 'ordering-wallets';

/** Opens a wallet for every new account, in the account's currency. The inbox makes a redelivery a no-op; the unique account key makes it harmless anyway. */
@Injectable()
export class WalletOpener implements OnModuleInit {
  constructor(
    private readonly events: JetStreamEvents,
    private readonly wallets: WalletsService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.events.consume({
      durable: WALLET_OPENER_DURABLE,
      eventTypes: [Events.AccountCreated.type],
      handler: (event, em) => this.open(event, em),
    });
  }

  async open(event: EventEnvelope, em: EntityManager): Promise<void> {
    const account = AccountCreatedV1.parse(event.data);
    // wallet.created goes out with the outbox relay's next poll (this transaction commits after we return).
    await this.wallets.openIn(em, {
      accountId: account.account_id,
      partnerId: account.parent_id,
      currency: account.currency,
    });
  }
}
