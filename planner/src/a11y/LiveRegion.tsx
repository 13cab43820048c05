/** A polite live region: screen readers announce what is put here (new and resolved violations). */
export function LiveRegion({ message }: { readonly message: string }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" class="visually-hidden" id="live">
      {message}
    </div>
  );
}
