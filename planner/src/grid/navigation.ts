/** Where the active cell of the rota grid goes for a key (WAI-ARIA grid pattern). Pure. */
export interface Pos {
  readonly row: number;
  readonly col: number;
}

/** The next position for a navigation key, or undefined when the key does not navigate. */
export function move(
  pos: Pos,
  key: string,
  ctrl: boolean,
  rows: number,
  cols: number,
  pageRows = 7,
): Pos | undefined {
  const clamp = (row: number, col: number): Pos => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    col: Math.max(0, Math.min(cols - 1, col)),
  });
  switch (key) {
    case "ArrowUp":
      return clamp(pos.row - 1, pos.col);
    case "ArrowDown":
      return clamp(pos.row + 1, pos.col);
    case "ArrowLeft":
      return clamp(pos.row, pos.col - 1);
    case "ArrowRight":
      return clamp(pos.row, pos.col + 1);
    case "Home":
      return ctrl ? clamp(0, 0) : clamp(pos.row, 0);
    case "End":
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(pos.row, cols - 1);
    case "PageUp":
      return clamp(pos.row - pageRows, pos.col);
    case "PageDown":
      return clamp(pos.row + pageRows, pos.col);
    default:
      return undefined;
  }
}
