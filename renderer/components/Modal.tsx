import { useEffect, useEffectEvent, useRef } from 'react';
import type { ReactNode } from 'react';
import { CloseIcon } from './icons';
import './modal.css';

interface ModalProps {
  label: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
  /** Close when the backdrop is clicked; off for forms, where a stray click must not lose edits. */
  closeOnBackdrop?: boolean;
  testId?: string;
}

/**
 * A modal <dialog>: the browser keeps focus inside it, makes the rest inert and reports Escape
 * as "cancel". The dialog opens on mount and closes on unmount; the owner decides when that is.
 */
export function Modal({
  label,
  onClose,
  children,
  className,
  closeOnBackdrop = false,
  testId,
}: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const requestClose = useEffectEvent(() => onClose());

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previouslyFocused = document.activeElement;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      requestClose();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.close();
      if (previouslyFocused instanceof HTMLElement && previouslyFocused.isConnected) {
        previouslyFocused.focus();
      }
    };
  }, []);

  return (
    <dialog
      ref={ref}
      role="dialog"
      aria-label={label}
      className={className ? `modal ${className}` : 'modal'}
      data-testid={testId}
      onMouseDown={(event) => {
        // A press on the dialog element itself (not its content) is a press on the backdrop.
        if (closeOnBackdrop && event.target === event.currentTarget) onClose();
      }}
    >
      {children}
    </dialog>
  );
}

interface ModalHeaderProps {
  title: string;
  subtitle?: ReactNode;
  onClose(): void;
}

export function ModalHeader({ title, subtitle, onClose }: ModalHeaderProps) {
  return (
    <header className="modal__header">
      <div className="modal__heading">
        <h2 className="modal__title">{title}</h2>
        {subtitle ? <p className="modal__subtitle">{subtitle}</p> : null}
      </div>
      <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
        <CloseIcon />
      </button>
    </header>
  );
}
