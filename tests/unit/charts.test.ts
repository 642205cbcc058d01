import { describe, expect, it } from "vitest";
import { barChartSvg, describeBars } from "../../src/lib/charts/bar-chart";
import { formatPaperCount, papersPerYearSvg } from "../../src/lib/charts/bar-chart";
import { yearHistogram } from "../../src/lib/charts/year-histogram";

describe("yearHistogram", () => {
  it("fills the years between the first and last with zeros and skips unknown years", () => {
    expect(yearHistogram([2021, undefined, 2019, 2021])).toEqual([
      { year: 2019, count: 1 },
      { year: 2020, count: 0 },
      { year: 2021, count: 2 },
    ]);
    expect(yearHistogram([undefined])).toEqual([]);
  });
});

describe("papersPerYearSvg", () => {
  const svg = papersPerYearSvg(
    [
      { year: 2022, count: 1 },
      { year: 2023, count: 0 },
      { year: 2024, count: 4 },
    ],
    "years-moe",
  );

  it("is an accessible image with a title and a text alternative", () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="years-moe-title years-moe-desc"/);
    expect(svg).toContain('<title id="years-moe-title">Papers per year</title>');
    expect(svg).toContain('<desc id="years-moe-desc">2022: 1 paper; 2023: 0 papers; 2024: 4 papers.</desc>');
  });

  it("draws one bar per year, scaled to the largest, coloured by the stylesheet", () => {
    const heights = [...svg.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(heights).toHaveLength(3);
    expect(heights[2]).toBeCloseTo((heights[0] ?? Number.NaN) * 4, 0);
    expect(heights[1]).toBe(0);
    // No colour of its own and no style attribute (the pages' Content-Security-Policy refuses them).
    expect(svg).toContain('class="bar-chart"');
    expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b|style=/i);
  });

  it("renders nothing without data", () => {
    expect(papersPerYearSvg([], "empty")).toBe("");
  });
});

describe("barChartSvg", () => {
  it("escapes labels and ids that come from user data", () => {
    const svg = barChartSvg([{ label: "<script>", value: 1 }], { id: 'x"y', title: "A & B", formatValue: String });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).toContain('aria-labelledby="x&quot;y-title x&quot;y-desc"');
    expect(svg).toContain('<title id="x&quot;y-title">A &amp; B</title>');
  });

  it("labels at most twelve bars on the axis but describes them all", () => {
    const bars = Array.from({ length: 30 }, (_, i) => ({ label: String(1990 + i), value: i }));
    const svg = barChartSvg(bars, { id: "many", title: "Many", formatValue: formatPaperCount });
    const axisLabels = [...svg.matchAll(/<text [^>]*--text-muted[^>]*>(\d+)<\/text>/g)];
    expect(axisLabels.length).toBeLessThanOrEqual(12);
    expect(describeBars(bars, formatPaperCount).split("; ")).toHaveLength(30);
  });
});
