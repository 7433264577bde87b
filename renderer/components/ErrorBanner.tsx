import type { ReactNode } from 'react';
import { AlertIcon } from './icons';
import './error-banner.css';

interface ErrorBannerProps {
  title: string;
  message?: string | undefined;
  children?: ReactNode;
  testId?: string;
}

/** A failure the analyst can act on: what happened, the host's message and what to do next. */
export function ErrorBanner({
  title,
  message,
  children,
  testId = 'error-banner',
}: ErrorBannerProps) {
  return (
    <div className="error-banner" role="alert" data-testid={testId}>
      <AlertIcon className="error-banner__icon" />
      <div className="error-banner__content">
        <p className="error-banner__title">{title}</p>
        {message ? <p className="error-banner__message">{message}</p> : null}
        {children ? <div className="error-banner__actions">{children}</div> : null}
      </div>
    </div>
  );
}
