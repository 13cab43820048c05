/**
 * The popup: what is waiting to be filled in (assistant, month, number of rows) or that nothing
 * is, and a Clear button. The outcome of Clear is announced in a polite live region.
 */
import { useEffect, useState } from "preact/hooks";
import type { ExtensionMessage, ExtensionResponse } from "../../../core/src/protocol/index.js";
import type { Timesheet } from "../../../core/src/timesheet/index.js";
import { waitingTimesheet } from "../storage.js";

export function Popup() {
  const [sheet, setSheet] = useState<Timesheet | undefined | null>(null); // null: still reading
  const [status, setStatus] = useState("");

  useEffect(() => {
    void waitingTimesheet().then(setSheet);
  }, []);

  const clear = async () => {
    const message: ExtensionMessage = { type: "clear", version: 1 };
    const r = await chrome.runtime.sendMessage<ExtensionMessage, ExtensionResponse>(message);
    if (r.ok) {
      setSheet(undefined);
      setStatus("Cleared.");
    } else setStatus(r.error);
  };

  return (
    <>
      <h1>Turnus</h1>
      {sheet === null ? null : sheet === undefined ? (
        <p>Nothing waiting.</p>
      ) : (
        <section aria-labelledby="waiting">
          <h2 id="waiting">Waiting to be filled in</h2>
          <dl>
            <dt>Assistant</dt>
            <dd>{sheet.assistantName || sheet.assistantId}</dd>
            <dt>Month</dt>
            <dd>{sheet.month}</dd>
            <dt>Rows</dt>
            <dd>{sheet.rows.length}</dd>
          </dl>
          <button type="button" onClick={() => void clear()}>
            Clear
          </button>
        </section>
      )}
      <p role="status">{status}</p>
    </>
  );
}
