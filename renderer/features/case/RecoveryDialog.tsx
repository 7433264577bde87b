import type { RecoveryNotice } from '../../../preload/contract';
import { Modal, ModalHeader } from '../../components/Modal';
import { recoveryText } from './recoveryText';

interface RecoveryDialogProps {
  notice: RecoveryNotice;
  onClose(): void;
}

/** Tells the analyst, once, that the case was found damaged at open and what was restored. */
export function RecoveryDialog({ notice, onClose }: RecoveryDialogProps) {
  const text = recoveryText(notice);
  return (
    <Modal label="The case was restored" onClose={onClose} testId="recovery-dialog">
      <ModalHeader
        title="The case was damaged and has been restored"
        subtitle={notice.damagedPath}
        onClose={onClose}
      />
      <div className="modal__body recovery-dialog">
        <p>{text.found}</p>
        <p>
          <strong>{text.restored}</strong>
        </p>
        <p>{text.kept}</p>
      </div>
      <footer className="modal__footer">
        <button type="button" className="button button--primary" data-autofocus onClick={onClose}>
          OK
        </button>
      </footer>
    </Modal>
  );
}
