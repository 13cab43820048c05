/** The work leader's open swap requests, with whom to give each shift, approve and decline. */
import { useState } from "preact/hooks";
import type { Issue } from "../../../core/src/model/index.js";
import type { SwapRequest, WithId } from "../../../core/src/protocol/index.js";
import { t, tf } from "../i18n/messages.js";
import { swapText } from "./derived.js";

import type { RequestsPanelProps } from "./props.js";

/** The work leader's list of open swap requests, each with whom to give the shift and answers. */
export function SwapAnswers(
  props: RequestsPanelProps & {
    readonly ids: readonly string[];
    readonly names: ReadonlyMap<string, string>;
  },
) {
  const { lang, session, rota, names } = props;
  const open: { assistantId: string; request: WithId<SwapRequest> }[] = props.ids.flatMap((aid) =>
    (session.requests(aid)?.swaps ?? [])
      .filter((r) => r.status === "open")
      .map((request) => ({ assistantId: aid, request })),
  );
  const [giveTo, setGiveTo] = useState<Readonly<Record<string, string>>>({});
  const [problems, setProblems] = useState<Readonly<Record<string, readonly Issue[]>>>({});
  const answer = (aid: string, r: WithId<SwapRequest>, approved: boolean, to: string) => {
    const found = approved
      ? session.answerSwap(aid, r.id, "approved", to)
      : session.answerSwap(aid, r.id, "declined");
    setProblems((p) => ({ ...p, [r.id]: found }));
    if (found.length) {
      props.onAnnounce([t(lang, "notSaved"), ...found.map((i) => i.message)].join(" "));
    } else if (approved) {
      props.onAnnounce(tf(lang, "swapApproved", { to: names.get(to) ?? to }));
    } else props.onAnnounce(t(lang, "swapDeclined"));
  };
  return (
    <section aria-labelledby="open-swaps-heading">
      <h3 id="open-swaps-heading">{t(lang, "openSwapsHeading")}</h3>
      {open.length === 0 ? <p>{t(lang, "noOpenSwaps")}</p> : null}
      <ul class="request-list" aria-label={t(lang, "openSwapsHeading")}>
        {open.map(({ assistantId, request: r }) => {
          const who = names.get(assistantId) ?? assistantId;
          const to = giveTo[r.id] ?? r.toAssistantId ?? "";
          const selectId = `swap-${r.id}-to`;
          const errors = problems[r.id] ?? [];
          return (
            <li key={r.id}>
              <p id={`swap-${r.id}-text`}>{swapText(lang, r, names, who)}</p>
              <label for={selectId}>{t(lang, "giveShiftTo")}</label>{" "}
              <select
                id={selectId}
                value={to}
                onChange={(e) =>
                  setGiveTo((g) => ({ ...g, [r.id]: (e.target as HTMLSelectElement).value }))
                }
              >
                <option value="">—</option>
                {rota.assistants
                  .filter((a) => a.id !== assistantId)
                  .map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
              </select>{" "}
              <button
                type="button"
                aria-describedby={`swap-${r.id}-text`}
                onClick={() => answer(assistantId, r, true, to)}
              >
                {t(lang, "approve")}
              </button>{" "}
              <button
                type="button"
                aria-describedby={`swap-${r.id}-text`}
                onClick={() => answer(assistantId, r, false, to)}
              >
                {t(lang, "decline")}
              </button>
              {errors.length ? (
                <p class="field-error">⛔ {errors.map((i) => i.message).join("; ")}</p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
