/**
 * Availability, wishes and swap requests (assistant documents) behind a disclosure button. An
 * assistant states their own; the work leader sees everyone's, can note them for an assistant
 * (told by phone), and answers swap requests: approving moves the shift in the rota (checked
 * like any edit). Every form is labelled, errors sit at their field, results are announced.
 */
import { useEffect, useState } from "preact/hooks";
import { SelectField } from "../app/fields.js";
import type { Session } from "../app/store.js";
import { CalendarExport } from "../calendar/CalendarExport.js";
import { t } from "../i18n/messages.js";
import { ApprovalsSection } from "./ApprovalsSection.js";
import { HoursSection } from "./HoursSection.js";
import "../app/settings.css";

import type { RequestsPanelProps } from "./props.js";
import { AvailabilitySection } from "./AvailabilitySection.js";
import { SwapAnswers } from "./SwapAnswers.js";
import { SwapSection } from "./SwapSection.js";
import { WishSection } from "./WishSection.js";

export type { RequestsPanelProps } from "./props.js";

/** Re-renders whenever an assistant document changes. */
function useRequestsVersion(session: Session): number {
  const [version, setVersion] = useState(0);
  useEffect(() => session.subscribeRequests(() => setVersion((v) => v + 1)), [session]);
  return version;
}

export function RequestsPanel(props: RequestsPanelProps) {
  const { lang, session, rota } = props;
  useRequestsVersion(session);
  const ids = session.requestAssistants();
  const mine = session.role() === "assistant";
  const [open, setOpen] = useState(mine);
  const [whose, setWhose] = useState<string | undefined>(undefined);
  if (ids.length === 0) return null;
  const names = new Map<string, string>(rota.assistants.map((a) => [a.id, a.name]));
  const current = whose !== undefined && ids.includes(whose) ? whose : (ids[0] as string);
  const data = session.requests(current);
  const heading = t(lang, mine ? "myRequestsHeading" : "requestsHeading");
  return (
    <section class="settings requests" aria-labelledby="requests-heading">
      <h2 id="requests-heading">
        <button
          type="button"
          class="disclosure"
          aria-expanded={open ? "true" : "false"}
          aria-controls="requests-body"
          onClick={() => setOpen(!open)}
        >
          {heading}
        </button>
      </h2>
      <div id="requests-body" hidden={!open}>
        {open ? (
          <>
            {mine ? null : (
              <>
                <ApprovalsSection {...props} ids={ids} names={names} />
                <SwapAnswers {...props} ids={ids} names={names} />
                <SelectField
                  id="requests-whose"
                  label={t(lang, "requestsWhose")}
                  value={current}
                  onValue={setWhose}
                  options={ids.map((id) => [id, names.get(id) ?? id] as const)}
                  errors={[]}
                />
              </>
            )}
            {data ? (
              <>
                <HoursSection {...props} assistantId={current} record={!mine} />
                <AvailabilitySection {...props} assistantId={current} mine={mine} />
                <WishSection {...props} assistantId={current} />
                {mine ? <SwapSection {...props} assistantId={current} names={names} /> : null}
              </>
            ) : (
              <p>{t(lang, "requestsLoading")}</p>
            )}
            <CalendarExport {...props} assistantId={current} mine={mine} />
          </>
        ) : null}
      </div>
    </section>
  );
}
