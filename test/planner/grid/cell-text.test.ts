/** A pasted cell's text split into the texts of its shifts. */
import { describe, expect, it } from "vitest";
import { splitShiftTexts } from "../../../planner/src/grid/cell-text.js";

describe("splitShiftTexts", () => {
  it("splits shifts joined by spaces, as the grid copies them", () => {
    expect(splitShiftTexts("07–15 22–07 r")).toEqual(["07–15", "22–07 r"]);
  });

  it("keeps an on-call mark with the shift before it", () => {
    expect(splitShiftTexts("22-7 r 7-15 23-7 passiv")).toEqual(["22-7 r", "7-15", "23-7 passiv"]);
  });

  it("splits on commas, semicolons and line breaks", () => {
    expect(splitShiftTexts("7-15, 16-20;22-7\n8-12")).toEqual(["7-15", "16-20", "22-7", "8-12"]);
  });

  it("keeps spaces around a dash within one shift", () => {
    expect(splitShiftTexts("7 - 15 16 –20 21– 23")).toEqual(["7-15", "16–20", "21–23"]);
  });

  it("has no shifts for an empty or blank cell", () => {
    expect(splitShiftTexts("")).toEqual([]);
    expect(splitShiftTexts("  \n ")).toEqual([]);
  });

  it("leaves what is not a shift for parseShiftText to refuse", () => {
    expect(splitShiftTexts("sick")).toEqual(["sick"]);
  });
});
