/**
 * `pure(Component)`: renders again only when a prop changed (shallow comparison), like React's
 * `memo`, without preact/compat (whose global vnode hook costs every element of the page).
 */
import { Component, h, type FunctionComponent } from "preact";

export function pure<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  class Pure extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const now = this.props as Record<string, unknown>;
      const then = next as Record<string, unknown>;
      for (const k in then) if (then[k] !== now[k]) return true;
      for (const k in now) if (!(k in then)) return true;
      return false;
    }
    override render(props: P) {
      return h(render, props);
    }
  }
  Object.defineProperty(Pure, "name", { value: `Pure(${render.name})` });
  return Pure as unknown as FunctionComponent<P>;
}
