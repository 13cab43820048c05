/**
 * The assistant documents an open arrangement shows (availability, wishes, swap requests,
 * reported hours, signatures): opened from this device's storage when asked (the session asks
 * after the first check, so that they never delay the grid), kept read and validated, and synced
 * over the rota's socket once the arrangement is shared. Changes are announced once per task,
 * however many documents opened or changed in it.
 */
import { assistantDocName } from "../../../core/src/protocol/index.js";
import {
  observeAssistantDoc,
  openAssistantDoc,
  readAssistantDoc,
  type AssistantData,
  type OpenedAssistantDoc,
} from "../doc/assistant-doc.js";
import { connectDoc, syncUrl, type DocSync, type SyncSocket } from "../doc/index.js";

interface OpenAssistant {
  opened?: OpenedAssistantDoc;
  data?: AssistantData;
  sync?: DocSync;
  stop?: () => void;
}

/** How to sync: the server's origin, this device's token and the rota's socket. */
export interface AssistantSync {
  readonly origin: string;
  readonly token: string;
  readonly socket: SyncSocket;
}

export class AssistantDocs {
  private readonly open = new Map<string, OpenAssistant>();
  private notifying: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  constructor(
    private readonly arrangementId: string,
    /** Called once per task after documents opened or changed. */
    private readonly changed: () => void,
  ) {}

  /** Announces a change in the next task (several in one task: once). */
  notify(): void {
    this.notifying ??= setTimeout(() => {
      this.notifying = undefined;
      this.changed();
    }, 0);
  }

  /** Opens the documents of `ids` not yet open (syncing them with `sync` when given). */
  openAll(ids: readonly string[], sync: AssistantSync | undefined): void {
    if (this.closed) return;
    for (const aid of ids) {
      if (this.open.has(aid)) continue;
      const entry: OpenAssistant = {};
      this.open.set(aid, entry);
      void openAssistantDoc(this.arrangementId, aid).then((opened) => {
        if (this.closed) return void opened.close();
        entry.opened = opened;
        entry.data = readAssistantDoc(opened.doc);
        entry.stop = observeAssistantDoc(opened.doc, () => {
          entry.data = readAssistantDoc(opened.doc);
          this.notify();
        });
        if (sync) this.connect(aid, entry, sync);
        this.notify();
      });
    }
  }

  /** Starts syncing every open document (the arrangement has just been shared). */
  connectAll(sync: AssistantSync): void {
    for (const [aid, entry] of this.open) this.connect(aid, entry, sync);
  }

  private connect(aid: string, entry: OpenAssistant, sync: AssistantSync): void {
    if (entry.sync || !entry.opened) return;
    entry.sync = connectDoc(entry.opened.doc, {
      url: syncUrl(sync.origin),
      documentName: assistantDocName(this.arrangementId, aid),
      token: sync.token,
      socket: sync.socket,
    });
  }

  /** How many documents are open or opening. */
  get size(): number {
    return this.open.size;
  }

  /** What an assistant's document holds; undefined until it has opened. */
  data(aid: string): AssistantData | undefined {
    return this.open.get(aid)?.data;
  }

  /** An assistant's open Y.Doc (to write to). */
  doc(aid: string) {
    return this.open.get(aid)?.opened?.doc;
  }

  /** Every opened document's data, by assistant id. */
  *entries(): IterableIterator<[string, AssistantData]> {
    for (const [aid, entry] of this.open) if (entry.data) yield [aid, entry.data];
  }

  /** Stops syncing and storing (the rota's socket is closed by its owner afterwards). */
  close(): void {
    this.closed = true;
    clearTimeout(this.notifying);
    for (const entry of this.open.values()) {
      entry.stop?.();
      entry.sync?.close();
      void entry.opened?.close();
    }
  }
}
