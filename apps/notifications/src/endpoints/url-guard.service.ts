import { Inject, Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../config';
import { HOST_RESOLVER, HostResolver } from '../ssrf/resolver';
import { assertUrlAllowed } from '../ssrf/ssrf-guard';
import { UrlNotAllowedError, UrlPolicy } from '../ssrf/url-policy';

/** The SSRF policy from configuration, applied at creation (here) and at connect time (the sender). */
@Injectable()
export class UrlGuard {
  readonly policy: UrlPolicy;

  constructor(
    @Inject(NOTIFICATIONS_CONFIG) config: NotificationsConfig,
    @Inject(HOST_RESOLVER) readonly resolver: HostResolver,
  ) {
    this.policy = {
      allowHttp: config.WEBHOOK_ALLOW_HTTP,
      allowPrivateHosts: config.WEBHOOK_ALLOW_PRIVATE_HOSTS,
      allowedPorts: config.WEBHOOK_ALLOWED_PORTS,
    };
  }

  /** Resolves and checks `url`; a refusal is a 400 naming the `url` field. */
  async check(url: string): Promise<string> {
    try {
      return (await assertUrlAllowed(url, this.policy, this.resolver)).url.toString();
    } catch (err) {
      if (!(err instanceof UrlNotAllowedError)) throw err;
      throw new DomainError(ErrorType.InvalidRequest, ErrorCode.WebhookUrlNotAllowed, `url ${err.message}`, [
        { field: 'url', rule: 'url_not_allowed', message: err.message },
      ]);
    }
  }
}
