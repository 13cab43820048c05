/**
 * The work leader's list of reported hours waiting for approval: what each assistant reported
 * against the plan, approved one by one or all at once into the rota (one undo step), where core
 * then checks and pays by the actual times.
 */
import type { RotaFile } from "../../../core/src/model/index.js";
import type { Session } from "../app/store.js";
import type { AssistantData } from "../doc/assistant-doc.js";
import { t, tf, type Lang } from "../i18n/messages.js";
import { actualText, pendingActuals, shiftWhen, type PendingActual } from "./derived.js";

export interface ApprovalsSectionProps {
  readonly lang: Lang;
  readonly session: Session;
  readonly rota: RotaFile;
  readonly ids: readonly string[];
  readonly names: ReadonlyMap<string, string>;
  readonly onAnnounce: (message: string) => void;
}

export function ApprovalsSection(props: ApprovalsSectionProps) {
  const { lang, session, names } = props;
  const data = new Map<string, AssistantData>();
  for (const id of props.ids) {
    const d = session.requests(id);
    if (d) data.set(id, d);
  }
  const pending = pendingActuals(props.rota, data);
  const approve = (items: readonly PendingActual[]) => {
    const found = session.approveActuals(
      items.map((p) => ({ assistantId: p.assistantId, shiftId: p.shift.id })),
    );
    props.onAnnounce(
      found.length
        ? [t(lang, "notSaved"), ...found.map((i) => i.message)].join(" ")
        : tf(lang, "actualsApproved", { n: items.length }),
    );
  };
  return (
    <section aria-labelledby="approvals-heading">
      <h3 id="approvals-heading">{t(lang, "approvalsHeading")}</h3>
      {pending.length === 0 ? <p>{t(lang, "noApprovals")}</p> : null}
      <ul class="request-list" aria-labelledby="approvals-heading">
        {pending.map((p) => {
          const textId = `approve-${p.shift.id}`;
          return (
            <li key={p.shift.id}>
              <span id={textId}>
                {tf(lang, "approvalText", {
                  who: names.get(p.assistantId) ?? p.assistantId,
                  shift: shiftWhen(lang, p.shift.start, p.shift.end),
                  what: actualText(lang, p.report),
                })}
              </span>{" "}
              <button type="button" aria-describedby={textId} onClick={() => approve([p])}>
                {t(lang, "approve")}
              </button>
            </li>
          );
        })}
      </ul>
      {pending.length > 1 ? (
        <button type="button" onClick={() => approve(pending)}>
          {t(lang, "approveAll")} ({pending.length})
        </button>
      ) : null}
    </section>
  );
}
