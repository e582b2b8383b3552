import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { NatsConnection } from 'nats';
import { usageRecordsStreamName } from '@did/contracts';
import { MESSAGING_OPTIONS, MessagingModuleOptions, NATS_CONNECTION } from '@did/messaging';
import { scrapedGauge } from '@did/service-kit';
import { INTAKE_POSITIONS, sql } from '../db/sql';
import { RecordIntake } from './record-intake';

/** The intake's lag and which replica reads, at each scrape (the intake keeps no durable whose pending count would say it). */
@Injectable()
export class IntakeMetrics implements OnModuleInit {
  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
    private readonly em: EntityManager,
    private readonly intake: RecordIntake,
  ) {}

  onModuleInit(): void {
    scrapedGauge(
      'did_usage_records_behind',
      "Usage records in the stream not yet charged or held (the stream's last sequence minus the intake's position): alert when it grows.",
      () => this.behind(),
    );
    scrapedGauge(
      'did_usage_intake_leading',
      'Whether this replica is the one reading usage records (1) or a standby (0); exactly one should be 1.',
      async () => (this.intake.isLeading ? 1 : 0),
    );
  }

  private async behind(): Promise<number> {
    const stream = usageRecordsStreamName(this.options.prefix);
    const [{ state }, [row]] = await Promise.all([
      (await this.nc.jetstreamManager()).streams.info(stream),
      sql<{ last_seq: string }>(this.em.fork(), `select last_seq::text from ${INTAKE_POSITIONS} where stream = ?`, [
        stream,
      ]),
    ]);
    return Math.max(0, state.last_seq - Number(row?.last_seq ?? 0));
  }
}
