import { BaseConfig } from '@did/config';
import { DeadLetterListSchema, deadLettersPattern, RedriveResultSchema } from '@did/contracts';
import { connectNats, RpcClient } from '@did/messaging';
import { natsAuthFromConfig } from './start-service';

/**
 * `main.js dead-letters list [limit]` and `main.js dead-letters redrive <id>`: asks the running
 * replicas of the service over NATS (a re-drive needs the consumer's handler, which lives there)
 * and prints the answer as JSON.
 */
export async function deadLettersCommand(service: string, config: BaseConfig, args: string[]): Promise<void> {
  const [action, arg] = args;
  if (action !== 'list' && action !== 'redrive')
    throw new Error('usage: dead-letters list [limit] | dead-letters redrive <id>');
  if (action === 'redrive' && !arg) throw new Error('usage: dead-letters redrive <id> (ids from dead-letters list)');
  const nc = await connectNats(config.NATS_URL, `${service}-cli`, natsAuthFromConfig(config));
  try {
    const rpc = new RpcClient(nc, {
      service: `${service}-cli`,
      natsUrl: config.NATS_URL,
      prefix: config.NATS_PREFIX,
      rpcTimeoutMs: config.RPC_TIMEOUT_MS,
    });
    const answer =
      action === 'list'
        ? await rpc.request(
            deadLettersPattern(service, 'list'),
            { limit: arg ? Number(arg) : 100 },
            { reply: DeadLetterListSchema },
          )
        : await rpc.request(deadLettersPattern(service, 'redrive'), { id: arg }, { reply: RedriveResultSchema });
    process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
  } finally {
    await nc.close();
  }
}
