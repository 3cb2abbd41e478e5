import { DialogShell } from "./DialogShell.tsx";
import { SHORTCUTS } from "./shortcuts.ts";
import "./HelpDialog.css";

/** The keyboard shortcuts, in a modal dialog; its Close button is where the focus starts. */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <DialogShell
      open={open}
      title="Keyboard shortcuts"
      className="help-dialog"
      primaryClose
      onClose={onClose}
    >
      <table>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.what}>
              <th scope="row">
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && " "}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </th>
              <td>{s.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Everything the mouse does on the graph can also be done from Search, the List view, and the
        relation buttons in Details. Tab moves between controls; arrow keys move within tabs and
        suggestions.
      </p>
    </DialogShell>
  );
}
