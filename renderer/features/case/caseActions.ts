import type { CaseInfo } from '../../../preload/contract';
import { api } from '../../api';
import type { CaseDialogMode, UiAction } from '../../app/store';
import { toError } from '../../lib/useQuery';

interface CaseActionDeps {
  nativeDialogs: boolean;
  dispatch(action: UiAction): void;
  onOpened(info: CaseInfo): void;
}

export interface CaseActions {
  /** "Open case…" / "New case…": the native file dialog in Electron, our own dialog elsewhere. */
  start(mode: CaseDialogMode): Promise<void>;
  openPath(path: string): Promise<void>;
}

export function createCaseActions({
  nativeDialogs,
  dispatch,
  onOpened,
}: CaseActionDeps): CaseActions {
  // A failure is shown in the case dialog with the path filled in; the open case stays as it was.
  const showError = (mode: CaseDialogMode, path: string | undefined, error: unknown) =>
    dispatch({
      type: 'openOverlay',
      overlay: { kind: 'case', mode, path, error: toError(error).message },
    });

  const openAt = async (mode: CaseDialogMode, path: string) => {
    try {
      onOpened(mode === 'open' ? await api.openCase({ path }) : await api.createCase({ path }));
    } catch (error) {
      showError(mode, path, error);
    }
  };

  return {
    async start(mode) {
      if (!nativeDialogs) {
        dispatch({ type: 'openOverlay', overlay: { kind: 'case', mode } });
        return;
      }
      let path: string | null;
      try {
        path = await api.chooseCaseFile({ mode });
      } catch (error) {
        showError(mode, undefined, error);
        return;
      }
      if (path) await openAt(mode, path);
    },
    openPath: (path) => openAt('open', path),
  };
}
