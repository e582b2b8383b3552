import { CarrierOrderNumberStatus, type CarrierOrder as CarrierOrderDto } from '@did/contracts';
import { ACTIVATION_REJECTED } from './activation-outcome';
import type { CarrierOrder } from './entities/carrier-order.entity';

/** The order as the carrier API shows it; a number's planned outcome stays hidden while it is pending. */
export function presentOrder(order: CarrierOrder): CarrierOrderDto {
  return {
    id: order.id,
    reference: order.reference,
    status: order.status,
    numbers: order.numbers.map((n) => ({
      phone_number: n.phone_number,
      status: n.status,
      error_code: n.status === CarrierOrderNumberStatus.Failed ? ACTIVATION_REJECTED : null,
      error_message:
        n.status === CarrierOrderNumberStatus.Failed ? 'The carrier could not activate this number.' : null,
    })),
    created_at: order.createdAt.toISOString(),
    activates_at: order.activatesAt.toISOString(),
    completed_at: order.completedAt?.toISOString() ?? null,
    callback_url: order.callbackUrl,
  };
}
