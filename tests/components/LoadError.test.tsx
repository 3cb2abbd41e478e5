import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LoadError } from "../../src/components/LoadError.tsx";

afterEach(cleanup);

describe("LoadError", () => {
  it("lists each problem with its JSON path in an alert", () => {
    render(
      <LoadError
        title="The graph failed its checks and is not shown"
        problems={[{ path: "edges[3].target", message: '"nato-x" is not a node id' }]}
      />,
    );
    const alert = screen.getByRole("alert");
    expect(alert.querySelector("h2")?.textContent).toBe(
      "The graph failed its checks and is not shown",
    );
    expect(alert.textContent).toContain('edges[3].target: "nato-x" is not a node id');
  });

  it("shows the first ten problems and counts the rest", () => {
    const problems = Array.from({ length: 14 }, (_, i) => ({
      path: `nodes[${i}].label`,
      message: "must not be empty",
    }));
    render(<LoadError title="Bad" problems={problems} />);
    expect(screen.getAllByRole("listitem")).toHaveLength(10);
    expect(screen.getByRole("alert").textContent).toContain("…and 4 more problems.");
  });
});
