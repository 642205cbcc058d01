// @ts-check
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import globals from "globals";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

/** Import paths that lead out of the shared layer into one of the layers built on it. */
const aboveShared = [
  "**/site/**",
  "**/scripts/**",
  "**/pages/**",
  "**/components/**",
  "**/layouts/**",
  "**/loaders/**",
  "**/browser/**",
];

/**
 * Files of one layer, and the import paths they must not use.
 * @param {string[]} files
 * @param {string} why
 * @param {string[]} forbidden
 * @returns {import("eslint").Linter.Config}
 */
const layer = (files, why, forbidden) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns: [{ group: forbidden, message: why }] }] },
});

export default defineConfig(
  {
    ignores: [
      "dist/",
      ".dist-staging/",
      "dist.previous/",
      ".astro/",
      "node_modules/",
      "content/",
      "test-results/",
      "playwright-report/",
      "tests/fixtures/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...astro.configs["flat/recommended"],
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: [".astro"] },
    },
    rules: {
      // Template literals with numbers are the clearest way to build report lines and paths.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
    },
  },
  // Imports run one way. Lowest: the shared schema and pure library (src/schema, src/lib). On top of it, side by
  // side: the Node build (scripts/), the site (src/site, pages, layouts, components, loaders) and the browser code
  // (src/browser). Nothing imports back down into a layer above it, and the three upper layers never import each
  // other, except that the site ships browser modules through its <script> tags.
  layer(["src/schema/**", "src/lib/**"], "the shared schema and library import only each other and packages", [
    ...aboveShared,
    "astro:*",
    "astro",
    "astro/*",
  ]),
  layer(["scripts/**"], "build scripts may import the shared schema and library, never site or browser code", [
    "**/src/site/**",
    "**/src/pages/**",
    "**/src/components/**",
    "**/src/layouts/**",
    "**/src/loaders/**",
    "**/src/browser/**",
  ]),
  layer(
    ["src/site/**", "src/pages/**", "src/components/**", "src/layouts/**", "src/loaders/**", "src/*.ts"],
    "the site may import the shared schema and library (and ship browser modules), never the build scripts",
    ["**/scripts/**"],
  ),
  layer(["src/browser/**"], "browser code imports only the shared library and schema", [
    ...aboveShared.filter((pattern) => pattern !== "**/browser/**"),
    "astro:*",
    "node:*",
  ]),
  {
    // Astro components are type-checked by `astro check`; the typed rules cannot see their frontmatter types.
    files: ["**/*.astro"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Plain JS config files are not part of the TypeScript project.
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);
