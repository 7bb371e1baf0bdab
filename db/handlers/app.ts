import type { AppStatus } from '../contract/app';
import type { Handler } from '../context';

export function appHandlers(status: () => AppStatus) {
  const getStatus: Handler<'app.status'> = () => status();
  return { 'app.status': getStatus };
}
