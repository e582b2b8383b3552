import { label } from '../../format';

const TONE: Record<string, string> = {
  active: 'ok',
  success: 'ok',
  succeeded: 'ok',
  completed: 'ok',
  ported: 'ok',
  met: 'ok',
  pending: 'wait',
  porting_in: 'wait',
  provisioning: 'wait',
  submitted: 'wait',
  in_progress: 'wait',
  approved: 'wait',
  draft: 'wait',
  past_due: 'warn',
  exception: 'warn',
  missing: 'warn',
  partial_success: 'warn',
  released: 'off',
  revoked: 'off',
  inactive: 'off',
  suspended: 'warn',
  cancelled: 'off',
  disabled: 'off',
  ended: 'off',
  purchase_failed: 'bad',
  failure: 'bad',
  failed: 'bad',
  not_portable: 'bad',
};

/** A status as a word (never colour alone). */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge ${TONE[status] ?? ''}`}>{label(status)}</span>;
}
