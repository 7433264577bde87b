import { useEffect } from 'react';
import { AlertIcon, CloseIcon } from '../components/icons';
import type { Notice } from './store';

const visibleFor = { info: 4000, success: 3000, warning: 6500 } as const;

interface NoticeToastProps {
  notice: Notice | null;
  onDismiss(id: number): void;
}

/** Transient messages ("Details saved", "four columns is the limit"), announced politely. */
export function NoticeToast({ notice, onDismiss }: NoticeToastProps) {
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => onDismiss(notice.id), visibleFor[notice.tone]);
    return () => window.clearTimeout(timer);
  }, [notice, onDismiss]);

  return (
    <div className="notice-region" role="status" aria-live="polite" data-testid="notice">
      {notice ? (
        <div className="notice" data-tone={notice.tone} key={notice.id}>
          {notice.tone === 'warning' ? <AlertIcon className="notice__icon" /> : null}
          <span className="notice__text">{notice.text}</span>
          <button
            type="button"
            className="notice__close"
            aria-label="Dismiss message"
            onClick={() => onDismiss(notice.id)}
          >
            <CloseIcon />
          </button>
        </div>
      ) : null}
    </div>
  );
}
