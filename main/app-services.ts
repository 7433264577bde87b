import type { HostInfo } from '../preload/contract';
import { CaseService } from './services/case-service';
import { Dispatcher, type CaseFileDialogs } from './services/dispatch';
import { EventHub } from './services/events';
import { SettingsStore } from './services/settings-store';
import { SourceService } from './services/source-service';

export interface AppServices {
  events: EventHub;
  settings: SettingsStore;
  cases: CaseService;
  sources: SourceService;
  dispatcher: Dispatcher;
}

/**
 * Builds the services every shell shares, in dependency order: settings and events first, then
 * the case, then what works on the case, then the dispatch table over all of them.
 */
export function createAppServices(options: {
  dataDir: string;
  host: HostInfo;
  dialogs: CaseFileDialogs;
}): AppServices {
  const events = new EventHub();
  const settings = new SettingsStore(options.dataDir);
  const cases = new CaseService(settings, events);
  const sources = new SourceService(cases, events);
  const dispatcher = new Dispatcher({
    host: options.host,
    cases,
    sources,
    dialogs: options.dialogs,
  });
  return { events, settings, cases, sources, dispatcher };
}
