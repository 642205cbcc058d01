/**
 * Reads one note (`.mdx`) the way its compiler will: YAML frontmatter checked by the note schema, then the body
 * parsed as MDX with math. Returns what the site and the search index need (the papers its `<Paper>` cards name,
 * the images its `<Figure>`s show, its plain text, whether it holds math) or every problem found, each with its
 * line, so a bad note fails the build naming `file:line` before Astro compiles anything.
 */
import katex from "katex";
import type { Nodes, Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { isMap, isScalar, parseDocument, type Document } from "yaml";
import type { InputProblem } from "../input-problems";
import { fieldPath } from "../input-problems";
import { noteFrontmatterSchema, type NoteFrontmatter } from "../../schema/note";
import { CALLOUT_TYPES, NOTE_COMPONENTS } from "./components";

/** A place in the note a component names something. */
export interface NoteMention {
  value: string;
  line: number;
}

export interface ParsedNote {
  frontmatter: NoteFrontmatter;
  /** `<Paper slug>` values, in order. */
  papers: NoteMention[];
  /** `<Figure src>` values, in order. */
  figures: NoteMention[];
  /** The words of the note as a reader sees them, paragraphs apart: what search indexes. */
  text: string;
  math: boolean;
}

export type NoteReading = { ok: true; note: ParsedNote } | { ok: false; problems: InputProblem[] };

const FRONTMATTER = /^---\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath);

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function parseNote(source: string, file: string): NoteReading {
  const match = source.startsWith("---") ? FRONTMATTER.exec(source) : null;
  const yamlText = match?.[1] ?? "";
  // The frontmatter is blanked rather than cut, so lines in the body keep their numbers in the file.
  const body = match ? "\n".repeat(lines(match[0])) + source.slice(match[0].length) : source;
  const problems: InputProblem[] = [];
  const frontmatter = readFrontmatter(yamlText, file, problems);
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message: string };
    problems.push({
      file,
      ...(place.line === undefined ? {} : { line: place.line }),
      message: `invalid MDX${place.column === undefined ? "" : ` at column ${String(place.column)}`}: ${place.reason ?? place.message}`,
    });
    return { ok: false, problems };
  }
  const found = collect(tree, file, problems);
  if (problems.length > 0 || !frontmatter) return { ok: false, problems };
  return { ok: true, note: { frontmatter, ...found } };
}

const lines = (text: string): number => text.split("\n").length - 1;

function readFrontmatter(yamlText: string, file: string, problems: InputProblem[]): NoteFrontmatter | undefined {
  const document = parseDocument(yamlText);
  const yamlError = document.errors[0];
  if (yamlError) {
    problems.push({ file, line: (yamlError.linePos?.[0].line ?? 0) + 1, message: `frontmatter: ${yamlError.message}` });
    return undefined;
  }
  const parsed = noteFrontmatterSchema.safeParse(document.toJS() ?? {});
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
    problems.push({
      file,
      line: keyLine(document, yamlText, String(keys[0] ?? issue.path[0] ?? "")),
      field: fieldPath(issue.path),
      message:
        keys.length > 0
          ? `unknown field ${keys.map((key) => `"${key}"`).join(", ")}; a note may carry tags, status, rating and updated`
          : issue.message,
    });
  }
  return undefined;
}

/** The file line of a top-level frontmatter key (the opening `---` is line 1), or line 1 when it is not there. */
function keyLine(document: Document, yamlText: string, key: string): number {
  const contents = document.contents;
  const pair = isMap(contents)
    ? contents.items.find((item) => isScalar(item.key) && item.key.value === key)
    : undefined;
  const offset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  return offset === undefined ? 1 : lines(yamlText.slice(0, offset)) + 2;
}

function collect(tree: Root, file: string, problems: InputProblem[]): Omit<ParsedNote, "frontmatter"> {
  const papers: NoteMention[] = [];
  const figures: NoteMention[] = [];
  const blocks: string[] = [];
  let current: string[] = [];
  let math = false;
  const flush = (): void => {
    const text = current.join("").replace(/\s+/g, " ").trim();
    if (text) blocks.push(text);
    current = [];
  };
  const visit = (node: Nodes): void => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case "text":
      case "inlineCode":
        current.push(node.value);
        return;
      case "math":
      case "inlineMath":
        math = true;
        checkMath(node.value, node.type === "math", file, line, problems);
        return;
      case "mdxjsEsm":
      case "mdxFlowExpression":
      case "mdxTextExpression":
      case "code":
      case "html":
        return;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const mention = checkComponent(node, file, line, problems);
        if (mention?.kind === "paper") papers.push({ value: mention.value, line });
        if (mention?.kind === "figure") {
          figures.push({ value: mention.value, line });
          current.push(` ${mention.words} `);
        }
        break;
      }
      default:
        break;
    }
    if ("children" in node) {
      const block = node.type !== "root" && !isPhrasing(node);
      if (block) flush();
      for (const child of node.children) visit(child);
      if (block) flush();
    }
  };
  visit(tree);
  flush();
  return { papers, figures, text: blocks.join("\n"), math };
}

const PHRASING = new Set(["emphasis", "strong", "delete", "link", "linkReference", "mdxJsxTextElement"]);
const isPhrasing = (node: Nodes): boolean => PHRASING.has(node.type);

function checkMath(tex: string, display: boolean, file: string, line: number, problems: InputProblem[]): void {
  try {
    katex.renderToString(tex, { displayMode: display, output: "mathml", throwOnError: true });
  } catch (error) {
    problems.push({
      file,
      line,
      message: `math KaTeX cannot read: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}

type Mention = { kind: "paper" | "figure"; value: string; words: string } | undefined;

/** Checks a use of one of the note components; other JSX (a component the note imports itself) is left alone. */
function checkComponent(node: JsxElement, file: string, line: number, problems: InputProblem[]): Mention {
  const name = node.name ?? "";
  if (!(NOTE_COMPONENTS as readonly string[]).includes(name)) return undefined;
  const attributes = stringAttributes(node.attributes);
  const need = (attribute: string, how: string): string | undefined => {
    const value = attributes.get(attribute);
    if (value === undefined || value === "")
      problems.push({ file, line, message: `<${name}> needs ${attribute}="…" (${how})` });
    return value || undefined;
  };
  if (name === "Paper") {
    const slug = need("slug", "the slug of a paper page, as in /papers/<slug>/");
    return slug === undefined ? undefined : { kind: "paper", value: slug, words: "" };
  }
  if (name === "Figure") {
    const src = need("src", "a file name in content/notes/images/");
    const alt = need("alt", "what the image shows, for readers who cannot see it");
    const caption = attributes.get("caption") ?? "";
    return src === undefined ? undefined : { kind: "figure", value: src, words: `${alt ?? ""} ${caption}` };
  }
  const type = attributes.get("type");
  if (type !== undefined && !(CALLOUT_TYPES as readonly string[]).includes(type))
    problems.push({ file, line, message: `<Callout type="${type}">: the type is one of ${CALLOUT_TYPES.join(", ")}` });
  return undefined;
}

/** The attributes written as plain strings; an expression value (`slug={x}`) cannot be checked here and counts as absent. */
function stringAttributes(attributes: ReadonlyArray<MdxJsxAttribute | MdxJsxExpressionAttribute>): Map<string, string> {
  const values = new Map<string, string>();
  for (const attribute of attributes)
    if (attribute.type === "mdxJsxAttribute" && typeof attribute.value === "string")
      values.set(attribute.name, attribute.value);
  return values;
}
