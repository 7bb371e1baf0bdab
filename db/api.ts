import type { AppStatus } from './contract/app';
import type { HandlerMap } from './dispatch';
import { appHandlers } from './handlers/app';
import { settingsHandlers } from './handlers/settings';
import { workersHandlers } from './handlers/workers';
import { clientsHandlers } from './handlers/clients';

// The handler map, assembled from the domains. `satisfies HandlerMap` makes the compiler check
// that every call of the contract has exactly one handler with the right input and output.
export function createHandlers(status: () => AppStatus) {
  return {
    ...appHandlers(status),
    ...settingsHandlers,
    ...workersHandlers,
    ...clientsHandlers,
  } satisfies HandlerMap;
}
