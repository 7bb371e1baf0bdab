import { z } from 'zod';
import { call } from './define';

// The home page's list of what needs action today.

export interface Alert {
  kind: 'pass_ending' | 'pass_expired' | 'permit_expiring' | 'hours_480' | 'membership_missing' | 'no_hours' | 'placement_ending';
  severity: 'warning' | 'danger';
  text: string;
  /** Hash route of the record. */
  to: string;
}

export const alertsContract = {
  'alerts.list': call<Alert[]>()(z.object({}), { write: false, permission: 'account' }),
};
