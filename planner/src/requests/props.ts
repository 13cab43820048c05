/** What the request sections are given (RequestsPanel.tsx and its sections). */
import type { RotaFile } from "../../../core/src/model/index.js";
import type { Session } from "../app/store.js";
import type { Lang } from "../i18n/messages.js";

export interface RequestsPanelProps {
  readonly lang: Lang;
  readonly session: Session;
  readonly rota: RotaFile;
  /** Today on the arrangement's clock (`YYYY-MM-DD`): shifts from then on can be swapped. */
  readonly today: string;
  readonly onAnnounce: (message: string) => void;
}

/** A section about one assistant's document. */
export interface SectionProps extends RequestsPanelProps {
  readonly assistantId: string;
}
