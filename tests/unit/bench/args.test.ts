import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, parseBenchArgs } from "../../../bench/args.ts";

describe("parseBenchArgs", () => {
  it.each([
    [[], DEFAULT_OPTIONS],
    [["--sizes", "1000,5000"], { sizes: [1000, 5000], runs: 3 }],
    [["--sizes=20_000", "--runs", "1"], { sizes: [20000], runs: 1 }],
    [["--runs=5"], { sizes: [1000, 5000, 20000], runs: 5 }],
  ])("%j", (argv, expected) => {
    expect(parseBenchArgs(argv)).toEqual(expected);
  });

  it("answers help", () => {
    expect(parseBenchArgs(["--help"])).toBe("help");
  });

  it.each([
    [["--sizes", "1000,abc"], /--sizes entries must be a whole number/],
    [["--sizes", "0"], /≥ 1/],
    [["--sizes", "1000,1000"], /repeats/],
    [["--runs", "2.5"], /--runs must be a whole number/],
    [["--run", "3"], /Unknown option/],
    [["1000"], /positional/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});
