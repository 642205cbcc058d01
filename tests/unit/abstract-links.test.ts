import { createSatteriMarkdownProcessor } from "@astrojs/markdown-satteri";
import { describe, expect, it } from "vitest";
import { abstractLinks } from "../../scripts/astro/abstract-links";

const render = async (markdown: string): Promise<string> => {
  const renderer = await createSatteriMarkdownProcessor({ hastPlugins: [abstractLinks], syntaxHighlight: false });
  return (await renderer.render(markdown)).code.trim();
};

describe("links in an abstract", () => {
  it("open without lending the page's window or reputation", async () => {
    expect(await render("Code at [https://github.com/a/b](https://github.com/a/b).")).toBe(
      '<p>Code at <a href="https://github.com/a/b" rel="noopener noreferrer nofollow">https://github.com/a/b</a>.</p>',
    );
  });

  it("show where they lead when their words do not", async () => {
    expect(await render("See [the project](https://www.Example.org/x) and [it](http://example.org/y).")).toBe(
      '<p>See <a href="https://www.Example.org/x" rel="noopener noreferrer nofollow">the project</a> (example.org)' +
        ' and <a href="http://example.org/y" rel="noopener noreferrer nofollow">it</a> (example.org).</p>',
    );
  });

  it("keep only their words when the address is not a web address", async () => {
    expect(await render("[run](javascript:alert(1)), [mail](mailto:a@b.org) and [file](file:///etc/passwd)")).toBe(
      "<p>run, mail and file</p>",
    );
  });
});
