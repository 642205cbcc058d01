import { describe, expect, it } from "vitest";
import { wholeNumberSetting } from "../../src/lib/env-setting";

const NAME = "LECTERN_TEST_SETTING";
const read = (value: string | undefined, min = 0): number =>
  wholeNumberSetting({ [NAME]: value }, NAME, 42, { min, unit: "papers" });

describe("a whole-number setting from the environment", () => {
  it("falls back to the default when unset or empty", () => {
    expect(read(undefined)).toBe(42);
    expect(read("")).toBe(42);
  });

  it("reads a whole number at or above the minimum", () => {
    expect(read("0")).toBe(0);
    expect(read("2500", 1)).toBe(2500);
  });

  it.each(["abc", "1.5", "-1", "1e400"])("stops the build on %j with the variable's name", (value) => {
    expect(() => read(value)).toThrow(new RegExp(`^${NAME} must be a whole number \\(papers\\), got "${value}"`));
  });

  it("names the minimum when it is above zero", () => {
    expect(() => read("0", 1)).toThrow(`${NAME} must be a whole number of at least 1 (papers), got "0"`);
  });
});
