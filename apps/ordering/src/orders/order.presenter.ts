import { NumberOrder as NumberOrderView, NumberOrderStatus, OrderedNumber, OrderNumberStatus } from '@did/contracts';
import type { Subscription } from '../subscriptions/entities/subscription.entity';
import type { NumberOrder } from './entities/number-order.entity';
import type { OrderNumber } from './entities/order-number.entity';

const NUMBER_STATUS: Record<OrderNumberStatus, OrderedNumber['status']> = {
  [OrderNumberStatus.Pending]: 'pending',
  [OrderNumberStatus.Success]: 'active',
  [OrderNumberStatus.Failure]: 'purchase_failed',
};

/** What presenting an order reads of it, its numbers and their subscriptions: entities, or rows read for the purpose. */
export type OrderFacts = Pick<
  NumberOrder,
  | 'id'
  | 'accountId'
  | 'status'
  | 'countryCode'
  | 'numberType'
  | 'currency'
  | 'totalChargedCents'
  | 'totalRefundedCents'
  | 'customerReference'
  | 'autoRenew'
  | 'placedAt'
  | 'createdAt'
  | 'completedAt'
>;
export type OrderNumberFacts = Pick<
  OrderNumber,
  | 'orderId'
  | 'numberId'
  | 'e164'
  | 'capabilities'
  | 'status'
  | 'errorCode'
  | 'errorMessage'
  | 'setupCents'
  | 'monthlyCents'
  | 'isTrial'
  | 'activatedAt'
>;
export type SubscriptionFacts = Pick<Subscription, 'numberId' | 'autoRenew' | 'endedAt'>;

/** The public order: its numbers as PhoneNumber resources with their status in the order; a released number says so. */
export function presentOrder(
  order: OrderFacts,
  numbers: OrderNumberFacts[],
  subscriptions: Map<string, SubscriptionFacts>,
): NumberOrderView {
  return {
    id: order.id,
    record_type: 'number_order',
    account_id: order.accountId,
    status: order.status as NumberOrderStatus,
    country_code: order.countryCode,
    number_type: order.numberType,
    currency: order.currency,
    total_charged_cents: order.totalChargedCents,
    total_refunded_cents: order.totalRefundedCents,
    customer_reference: order.customerReference,
    phone_numbers: numbers.map((n) => presentOrderedNumber(order, n, subscriptions.get(n.numberId) ?? null)),
    created_at: order.createdAt.toISOString(),
    completed_at: order.completedAt?.toISOString() ?? null,
  };
}

function presentOrderedNumber(
  order: OrderFacts,
  n: OrderNumberFacts,
  subscription: SubscriptionFacts | null,
): OrderedNumber {
  const released = subscription?.endedAt ?? null;
  return {
    id: n.numberId,
    record_type: 'phone_number',
    e164: n.e164,
    phone_number: n.e164,
    country_code: order.countryCode,
    number_type: order.numberType,
    capabilities: n.capabilities,
    status: released ? 'released' : NUMBER_STATUS[n.status],
    order_status: n.status,
    error_code: n.errorCode,
    error_message: n.errorMessage,
    activation_price_cents_customer: n.setupCents,
    monthly_price_cents_customer: n.monthlyCents,
    currency: order.currency,
    is_trial_number: n.isTrial,
    auto_renew: subscription?.autoRenew ?? order.autoRenew,
    customer_reference: order.customerReference,
    ordered_at: (order.placedAt ?? order.createdAt).toISOString(),
    activated_at: n.activatedAt?.toISOString() ?? null,
    released_at: released?.toISOString() ?? null,
  };
}
