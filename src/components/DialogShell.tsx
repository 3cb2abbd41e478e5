import { useEffect, useId, useRef, type ReactNode } from "react";
import "./DialogShell.css";

/**
 * A modal dialog, the native <dialog>: it takes the focus when it opens, keeps it inside, and
 * gives it back when it closes. Named by its title; closed by its Close button (a form with
 * method="dialog"), by Escape, or by `open` turning false, each of which reports `onClose`.
 */
export function DialogShell({
  open = true,
  title,
  className,
  primaryClose = false,
  onClose,
  children,
}: {
  /** Shown as a modal while true; a dialog mounted only while it is open can leave this out. */
  open?: boolean;
  title: string;
  /** The dialog's own class, for what it lays out inside the shell. */
  className: string;
  /**
   * Close is the dialog's only action: drawn as the primary button, and where the focus starts.
   * Otherwise the focus starts on the dialog's first control, and Close is a plain button.
   */
  primaryClose?: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className={`dialog ${className}`}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
      <form method="dialog" className="dialog-actions">
        <button
          type="submit"
          className={primaryClose ? "btn-primary" : "btn-tint"}
          autoFocus={primaryClose}
        >
          Close
        </button>
      </form>
    </dialog>
  );
}
