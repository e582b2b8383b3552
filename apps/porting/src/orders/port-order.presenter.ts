import {
  PORT_EXCEPTION_REMEDIATION,
  PortOrder as PortOrderView,
  PortOrderStatus,
  PortTimelineEntry as TimelineView,
} from '@did/contracts';
import { PortOrderNumber } from './entities/port-order-number.entity';
import { PortOrder } from './entities/port-order.entity';
import { PortTimelineEntry } from './entities/port-timeline-entry.entity';

/** Where the order stands and what comes next, in words: porting is never a black box. */
export function statusDetail(order: PortOrder): string {
  const carrier = order.losingCarrier ?? 'the losing carrier';
  switch (order.status) {
    case PortOrderStatus.Draft:
      return 'Draft: nothing is sent yet. Check the details, then submit; the porting fee is charged at submission.';
    case PortOrderStatus.Submitted:
      return `Submitted: ${carrier} is reviewing the order. Keep your service with ${carrier} running.`;
    case PortOrderStatus.InProgress:
      return `In progress: ${carrier} is working the port. The numbers are in your account as porting_in: configure routing, E911 and tags now so they work the moment they land. Do not cancel service with ${carrier}.`;
    case PortOrderStatus.Approved:
      return `Approved: the numbers move on the FOC date ${order.focDate}. Cancelling is possible until 24 h before it. Do not cancel service with ${carrier} before the numbers are active.`;
    case PortOrderStatus.Exception:
      return `Exception ${order.exceptionCode}: ${order.exceptionMessage ?? ''} ${order.exceptionCode ? PORT_EXCEPTION_REMEDIATION[order.exceptionCode] : ''}`.trim();
    case PortOrderStatus.Completed:
      return `Completed: the numbers are active and billed here. You may now cancel service with ${carrier}.`;
    case PortOrderStatus.Cancelled:
      return 'Cancelled: nothing will port; the porting fee was refunded.';
    case PortOrderStatus.Failed:
      return `Failed: ${carrier} refused every number on the order; the porting fee was refunded.`;
  }
}

export function presentOrder(order: PortOrder, numbers: PortOrderNumber[], relatedOrderIds: string[]): PortOrderView {
  const u = order.endUser as Record<string, unknown>;
  return {
    id: order.id,
    record_type: 'porting_order',
    account_id: order.accountId,
    status: order.status,
    status_detail: statusDetail(order),
    parent_order_id: order.parentOrderId,
    related_order_ids: relatedOrderIds,
    country_code: order.countryCode,
    losing_carrier: order.losingCarrier,
    use: order.use,
    end_user: {
      name: String(u.name),
      company: (u.company as string | null | undefined) ?? null,
      service_address: (u.service_address as Record<string, unknown>) ?? {},
      account_number: String(u.account_number),
      pin_set: Boolean(u.pin),
      billing_telephone_number: (u.billing_telephone_number as string | null | undefined) ?? null,
    },
    requested_foc_date: order.requestedFocDate,
    foc_date: order.focDate,
    documents: order.documents,
    user_feedback: { comment: order.comment },
    customer_reference: order.customerReference,
    exception:
      order.status === PortOrderStatus.Exception && order.exceptionCode
        ? {
            code: order.exceptionCode,
            message: order.exceptionMessage ?? '',
            remediation: PORT_EXCEPTION_REMEDIATION[order.exceptionCode],
            raised_at: (order.exceptionAt ?? order.updatedAt).toISOString(),
          }
        : null,
    phone_numbers: [...numbers]
      .sort((a, b) => a.position - b.position)
      .map((n) => ({
        phone_number: n.e164,
        number_id: n.numberId,
        number_type: n.numberType,
        status: n.status,
        portable: n.portable,
        fast_portable: n.fastPortable,
        not_portable_reason: n.notPortableReason,
        status_detail: n.statusDetail,
        fee_cents: n.feeCents,
        fee_refunded: n.feeRefunded,
      })),
    fees: { currency: order.currency, charged_cents: order.feeChargedCents, refunded_cents: order.feeRefundedCents },
    submissions: order.submissions,
    created_at: order.createdAt.toISOString(),
    updated_at: order.updatedAt.toISOString(),
    submitted_at: order.submittedAt?.toISOString() ?? null,
    completed_at: order.completedAt?.toISOString() ?? null,
    cancelled_at: order.cancelledAt?.toISOString() ?? null,
  };
}

export function presentEntry(e: PortTimelineEntry): TimelineView {
  return {
    id: e.id,
    at: e.at.toISOString(),
    kind: e.kind as TimelineView['kind'],
    actor: e.actor,
    from_status: e.fromStatus,
    to_status: e.toStatus,
    message: e.message,
    data: e.data,
  };
}
