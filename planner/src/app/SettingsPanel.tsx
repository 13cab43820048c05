/**
 * The arrangement's settings behind a disclosure button: name, profile, grant, period and need;
 * shift templates; repeat weeks; rule parameters. Each form saves in one step through the
 * Session and announces what happened (with the violations it added or resolved).
 */
import { useState } from "preact/hooks";
import type { RotaFile } from "../../../core/src/model/index.js";
import { mondayOf, type LocalDate } from "../../../core/src/time/index.js";
import { t, type Lang } from "../i18n/messages.js";
import { GeneralSettingsForm } from "./GeneralSettingsForm.js";
import { GrantBudgetForm } from "./GrantBudgetForm.js";
import { OverridesForm } from "./OverridesForm.js";
import { RepeatWeeksForm } from "./RepeatWeeksForm.js";
import type { Session } from "./store.js";
import { TemplatesForm } from "./TemplatesForm.js";
import "./settings.css";

export interface SettingsPanelProps {
  readonly lang: Lang;
  readonly session: Session;
  readonly rota: RotaFile;
  /** The first day in view: its Monday is the suggested first week to repeat. */
  readonly firstDay: string;
  /** Puts a message in the live region. */
  readonly onAnnounce: (message: string) => void;
}

export function SettingsPanel({ lang, session, rota, firstDay, onAnnounce }: SettingsPanelProps) {
  const [open, setOpen] = useState(false);

  /**
   * Runs an action and announces its message followed by the violations it added or resolved
   * (the view's own announcement of them is replaced by this one).
   */
  const announce = (run: () => string) => {
    const news: string[] = [];
    const stop = session.subscribe(({ added, removed }) => {
      news.push(
        ...added.slice(0, 5).map((v) => `${t(lang, "newViolation")}: ${v.message}`),
        ...removed.slice(0, 5).map((v) => `${t(lang, "resolvedViolation")}: ${v.message}`),
      );
    });
    let message = "";
    try {
      message = run();
    } finally {
      stop();
    }
    onAnnounce([message, ...news].join(" "));
  };

  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">
        <button
          type="button"
          class="disclosure"
          aria-expanded={open ? "true" : "false"}
          aria-controls="settings-body"
          onClick={() => setOpen(!open)}
        >
          {t(lang, "settings")}
        </button>
      </h2>
      <div id="settings-body" hidden={!open}>
        {open ? (
          <>
            <GeneralSettingsForm
              lang={lang}
              name={session.name()}
              rota={rota}
              onSave={(patch) => session.setSettings(patch)}
              announce={announce}
            />
            <GrantBudgetForm
              lang={lang}
              rota={rota}
              onSave={(patch) => session.setSettings(patch)}
              announce={announce}
            />
            <TemplatesForm
              lang={lang}
              rota={rota}
              onSave={(patch) => session.setSettings(patch)}
              announce={announce}
            />
            <RepeatWeeksForm
              lang={lang}
              from={mondayOf(firstDay as LocalDate)}
              until={rota.period?.to ?? ""}
              onPreview={(input) => session.previewRepeat(input)}
              onRepeat={(input) => session.repeatWeeks(input)}
              announce={announce}
            />
            <OverridesForm
              lang={lang}
              rota={rota}
              onSave={(patch) => session.setSettings(patch)}
              announce={announce}
            />
          </>
        ) : null}
      </div>
    </section>
  );
}
