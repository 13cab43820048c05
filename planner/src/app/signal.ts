/** A tiny observable value for app-wide UI state (service-worker status), with a Preact hook. */
import { useEffect, useState } from "preact/hooks";

export interface Signal<T> {
  get(): T;
  set(patch: Partial<T>): void;
  subscribe(listener: (value: T) => void): () => void;
}

/** A signal holding `initial`. */
export function signal<T extends object>(initial: T): Signal<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(patch) {
      value = { ...value, ...patch };
      for (const l of listeners) l(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The current value of a signal, re-rendering on change. */
export function useSignal<T>(s: Signal<T>): T {
  const [value, setValue] = useState(s.get());
  useEffect(() => s.subscribe(setValue), [s]);
  return value;
}
