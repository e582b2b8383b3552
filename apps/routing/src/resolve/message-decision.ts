import { MessageAction, MessageRejectReason, ResolveMessageReply } from '@did/contracts';
import type { RoutingState } from '../numbers/routing-state';
import { NO_SMS_ROUTING } from '../settings/effective-settings';
import { canText } from '../settings/settings-rules';

/**
 * The answer for one message to or from a live number: pure, like {@link decide} for calls. A number
 * that cannot text, has messaging off, or whose payer owes usage refuses it (no emergency exception:
 * texts to 911 do not go through this edge).
 */
export function decideMessage(state: RoutingState): ResolveMessageReply {
  const messagingEnabled = state.settings?.messagingEnabled ?? false;
  const reason = !canText(state.capabilities)
    ? MessageRejectReason.SmsNotSupported
    : !messagingEnabled
      ? MessageRejectReason.MessagingDisabled
      : state.owesUsage
        ? MessageRejectReason.BalanceOwed
        : null;
  return {
    number_id: state.numberId,
    phone_number: state.e164,
    owner_account_id: state.ownerAccountId,
    tenant_account_id: state.tenantAccountId,
    connection_id: state.connectionId,
    action: reason ? MessageAction.Reject : MessageAction.Deliver,
    reason,
    messaging_enabled: messagingEnabled,
    sms_routing: state.settings?.smsRouting ?? NO_SMS_ROUTING,
  };
}
