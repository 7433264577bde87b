import { useEffect } from 'react';
import type { CaseInfo, HostInfo } from '../../../preload/contract';
import { api } from '../../api';
import { useQuery } from '../../lib/useQuery';
import type { QueryState } from '../../lib/useQuery';

export interface CaseQuery {
  host: QueryState<HostInfo>;
  current: QueryState<CaseInfo | null>;
  reloadCase(): void;
  reloadAll(): void;
}

/** The host and the open case (null when none); follows main's case:did-change events. */
export function useCase(): CaseQuery {
  const host = useQuery('host', () => api.getHostInfo());
  const current = useQuery('case', () => api.getCaseInfo());
  const reloadCase = current.reload;
  const reloadHost = host.reload;

  useEffect(() => api.onDidChangeCase(() => reloadCase()), [reloadCase]);

  return {
    host: host.state,
    current: current.state,
    reloadCase,
    reloadAll: () => {
      reloadHost();
      reloadCase();
    },
  };
}
