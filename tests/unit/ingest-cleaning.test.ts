import { describe, expect, it } from "vitest";
import { isoDay, resolveDate, yearFromExplicitYears, firstYearOnOrAfter } from "../../scripts/ingest/4-merge/dates";
import { decodeDigest, invalidUtf8Offsets, normalizeText } from "../../scripts/ingest/1-read/decode";
import { paperId, titleKey } from "../../scripts/ingest/3-clean/identity";
import { cleanLatex, plainText } from "../../scripts/ingest/3-clean/latex";
import { classifyLink, extractLinks, trimUrl } from "../../scripts/ingest/3-clean/links";
import { abstractToMdx } from "../../scripts/ingest/5-write/mdx";
import { baseSlug } from "../../scripts/ingest/4-merge/slug";

const clean = (text: string): string => plainText(cleanLatex(text));

describe("LaTeX residue becomes readable text", () => {
  it.each([
    ["100\\% of runs", "100% of runs"],
    ["``quoted'' text", "“quoted” text"],
    ['na\\"ive and na\\"{\\i}ve', "naïve and naïve"],
    ["Electricit\\'e", "Electricité"],
    ["\\textbf{bold} and \\emph{it} and {\\em old}", "bold and it and old"],
    ["\\eg this, \\ie that", "e.g. this, i.e. that"],
    ["approx ~10% better", "approx ~10% better"],
    ["$O(n^{2})$ with $\\alpha \\leq 1$", "O(n^2) with α ≤ 1"],
    ["costs $5 and $6 now", "costs $5 and $6 now"],
    ["values in {-1, 0, +1}", "values in {-1, 0, +1}"],
    ["  spaced\u00a0 out  ", "spaced out"],
  ])("%s → %s", (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it.each([
    [
      "a tie glued to a word is a space",
      "Feed-Forward Network~(FFN) and experts~[12]",
      "Feed-Forward Network (FFN) and experts [12]",
    ],
    ["a tie glued to a word is a space", "as Table~2 and Fig.~3 show", "as Table 2 and Fig. 3 show"],
    ["a tie glued to a word is a space", "with~``quoted'' words", "with “quoted” words"],
    ["dashes are TeX's", "30--50% of runs", "30–50% of runs"],
    ["dashes are TeX's", "pages 10--12 --- or more", "pages 10–12 — or more"],
    ["dashes are TeX's", "a ---- rule and https://a.io/x--y stay", "a ---- rule and https://a.io/x--y stay"],
    ["delimiters become symbols", "$b=\\lceil\\log_2 K\\rceil$", "b=⌈log_2 K⌉"],
    [
      "delimiters become symbols",
      "$\\left\\lfloor n/2 \\right\\rfloor$ and $\\langle x, y \\rangle$",
      "⌊ n/2 ⌋ and ⟨ x, y ⟩",
    ],
    ["delimiters become symbols", "$\\bigl\\lVert v \\bigr\\rVert$", "‖ v ‖"],
  ])("%s: %s → %s", (_rule, input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it("keeps emphasis for the MDX body", () => {
    expect(abstractToMdx([cleanLatex("a \\textbf{MoLA} and \\emph{b}")])).toBe("a **MoLA** and _b_\n");
  });
});

describe("LaTeX the cleaner does not know, and what scrapers leave of it", () => {
  it.each([
    ["\\tool compiles", "tool compiles"],
    ["of~\\carboneq~if", "of carboneq if"],
    ["\\sysname{} beats \\baseline, and \\ourmethod\\ scales", "sysname beats baseline, and ourmethod scales"],
  ])("an unknown macro keeps its name: %s → %s", (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it.each([
    ["1/text{depth} scale", "1/depth scale"],
    ["mathcal{O}(1/n)", "O(1/n)"],
    ["the context{x} of code, a pretextbf{y}", "the context{x} of code, a pretextbf{y}"],
    ["about 2.86times and 6.07times faster", "about 2.86× and 6.07× faster"],
    ["a 2048times2048 image, 1.5 times the cost, 3timesfaster", "a 2048×2048 image, 1.5 times the cost, 3timesfaster"],
    ["href{https://a.io/x}{our page}", "our page (https://a.io/x)"],
    ["compress images 32times, effectively", "compress images 32×, effectively"],
    ["b=lceillog_2 Krceil bits, lfloor x rfloor", "b=⌈log_2 K⌉ bits, ⌊ x ⌋"],
    ["we wrangle a triangle, a ceiling and a floor", "we wrangle a triangle, a ceiling and a floor"],
  ])("a known command that lost its backslash still reads as one: %s → %s", (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it("keeps the emphasis of a command that lost its backslash", () => {
    expect(abstractToMdx([cleanLatex("textbf{bold} and emph{it}")])).toBe("**bold** and _it_\n");
  });

  it.each([
    ["text{https://a.io/x}{https://a.io/x}.", "https://a.io/x."],
    ["\\projectpage{https://a.io}{https://a.io}", "https://a.io"],
    ["see \\href{https://a.io/docs}{the docs}", "see the docs (https://a.io/docs)"],
    ["\\href{https://a.io}{ }", "https://a.io"],
  ])("any command whose first argument is an address is a link: %s → %s", (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it("separates an address glued to the word before it, and finds it as a link", () => {
    const text = clean("SequeL\\url{https://github.com/a/b}, Fluxhttps://github.com/c/d and v2https://e.io/f");
    expect(text).toBe("SequeL https://github.com/a/b, Flux https://github.com/c/d and v2 https://e.io/f");
    expect(extractLinks(text).map((link) => link.url)).toEqual([
      "https://github.com/a/b",
      "https://github.com/c/d",
      "https://e.io/f",
    ]);
    expect(clean("https://a.io/save?u=https://b.io")).toBe("https://a.io/save?u=https://b.io");
  });
});

describe("sub- and superscripts whose macros lost their backslash", () => {
  it.each([
    ["Intel^circledR Gaudi^circledR 2 chips", "Intel® Gaudi® 2 chips"],
    ["pretrained weights W^star, and more", "pretrained weights W*, and more"],
    ["a Mark^TM device, x^dagger and f^prime", "a Mark™ device, x† and f′"],
    ["a 90^circ turn", "a 90° turn"],
  ])("a superscript mark's name after ^ is the mark: %s → %s", (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it.each([
    ["Intel^circledR Core^{tiny TM} Ultra", "Intel® Core™ Ultra"],
    ["a Brand^{TM} device at 25^{circ}C", "a Brand™ device at 25°C"],
    ["weights $W^{\\star}$ as typeset", "weights W* as typeset"],
  ])("so is a mark in braces, a size command allowed: %s → %s", (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it.each([
    ["at Re_{tau} of 180", "at Re_τ of 180"],
    ["with z^{gamma} and Pr_{\\mu}", "with z^γ and Pr_μ"],
    ["Re_tau = 395, x_alpha and y^beta", "Re_τ = 395, x_α and y^β"],
  ])("a Greek letter's name in a script is the letter: %s → %s", (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it.each([
    ["at Re_{tau}approx 180,395", "at Re_τ ≈ 180,395"],
    ["a loss D_{KL}leq 0.1", "a loss D_{KL} ≤ 0.1"],
  ])("a relation glued to a script's brace is the relation: %s → %s", (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it.each([
    "x^2, R^2, 10^23 FLOPs, SRe^2L, a^b and x^{2n}",
    "W^stars, the start^starter token and Intel^circledRx",
    "lr_alpha, loss_beta_1, fomo_in, lambda_vit, scaling_laws, NetInfoF_Act, my_eta and x_alphabet",
    "self.x_alpha, path/x_tau and a-x_beta",
    "D_{KL}, a_b, T5_XXL and RoBERTa_Large",
    "x_{i}approximately, a_{n}simulation and b_{k}timestamp",
    "https://a.io/W^star?q=x^circledR and https://github.com/a/x_tau",
  ])("ordinary text, powers, identifiers and addresses stay as written: %s", (input) => {
    expect(clean(input)).toBe(input);
  });
});

describe("MDX serialisation keeps untrusted text inert", () => {
  it("escapes import and export at the start of every line of a paragraph", () => {
    const body = abstractToMdx(["import a from 'b'\nexport const c = 1\nimport {d} from \"e\""]);
    for (const line of body.trim().split("\n")) expect(line).not.toMatch(/^(import|export)\b/);
    expect(body).toContain("&#x69;mport a from 'b'");
    expect(body).toContain("&#x65;xport const c = 1");
  });

  it("escapes braces and angle brackets", () => {
    expect(abstractToMdx(["<b>{x}</b>"])).toBe("\\<b>\\{x}\\</b>\n");
  });
});

describe("links", () => {
  it("strips trailing punctuation and keeps balanced parentheses", () => {
    expect(trimUrl("https://github.com/a/b).")).toBe("https://github.com/a/b");
    expect(trimUrl("https://en.wikipedia.org/wiki/A_(b)")).toBe("https://en.wikipedia.org/wiki/A_(b)");
  });
  it("classifies code, project and other hosts", () => {
    expect(classifyLink("https://github.com/a/b")).toBe("code");
    expect(classifyLink("https://a.github.io/proj")).toBe("project");
    expect(classifyLink("https://arxiv.org/abs/1")).toBe("other");
  });
  it("deduplicates in order", () => {
    expect(extractLinks("x https://a.io/1, y https://github.com/q; z https://a.io/1.")).toEqual([
      { url: "https://a.io/1", kind: "project" },
      { url: "https://github.com/q", kind: "code" },
    ]);
  });
});

describe("slugs", () => {
  it("are readable ASCII and never a path", () => {
    expect(baseSlug("../../etc/passwd")).toBe("etc-passwd");
    expect(baseSlug("MoE++: Experts")).toBe("moe-plus-plus-experts");
    expect(baseSlug("日本")).toMatch(/^[a-z0-9-]+$/);
    expect(baseSlug("!!!")).toBe("paper");
    expect(baseSlug("word ".repeat(40)).length).toBeLessThanOrEqual(80);
  });
});

describe("identity", () => {
  it("ignores case, punctuation and spacing in titles", () => {
    expect(titleKey("MoE: Fast  Experts!")).toBe(titleKey("moe fast experts"));
    expect(paperId("A  Title", "Same abstract.")).toBe(paperId("a title", "Same  abstract."));
    expect(paperId("A Title", "One abstract.")).not.toBe(paperId("A Title", "Another abstract."));
  });
});

describe("dates", () => {
  it("rejects impossible days", () => {
    expect(isoDay(2023, 2, 30)).toBeUndefined();
    expect(isoDay(2024, 2, 29)).toBe("2024-02-29");
    expect(resolveDate({ month: 2, day: 30, year: 2023 }, undefined)).toEqual({ invalid: "2023-2-30" });
  });
  it("infers the current year from explicit years, or from the newest known day", () => {
    expect(
      yearFromExplicitYears([
        { month: 1, day: 1, year: 2023 },
        { month: 1, day: 1 },
        { month: 5, day: 1, year: 2024 },
      ]),
    ).toBe(2025);
    expect(yearFromExplicitYears([{ month: 1, day: 1 }])).toBeUndefined();
    expect(firstYearOnOrAfter({ month: 3, day: 11 }, "2024-10-02")).toBe(2025);
    expect(firstYearOnOrAfter({ month: 12, day: 11 }, "2024-10-02")).toBe(2024);
    expect(resolveDate({ month: 9, day: 23 }, 2025)).toEqual({ day: "2025-09-23", inferred: true });
  });
});

describe("decoding", () => {
  it("finds invalid UTF-8 byte offsets", () => {
    expect(invalidUtf8Offsets(new Uint8Array([0x61, 0xe9, 0x62, 0xc3]))).toEqual([1, 3]);
    expect(invalidUtf8Offsets(new TextEncoder().encode("naïve 😀"))).toEqual([]);
  });
  it("normalises line breaks, odd spaces and invisible characters without moving lines", () => {
    expect(normalizeText("\uFEFFa\r\nb\u00a0c\u200bd\re")).toBe("a\nb cd\ne");
  });
  it("refuses empty, blank and binary files with a reason", () => {
    expect(decodeDigest("f", new Uint8Array())).toEqual({ ok: false, reason: "the file is empty" });
    expect(decodeDigest("f", new TextEncoder().encode(" \n\t"))).toEqual({
      ok: false,
      reason: "the file holds only whitespace",
    });
    expect(decodeDigest("f", new Uint8Array([0x50, 0x4b, 0x00, 0x01]))).toEqual({
      ok: false,
      reason: "the file is binary, not text",
    });
  });
});
