import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/**
 * Imports point downwards only (docs/ARCHITECTURE.md, "Layers"); each layer lists what it must
 * not import.
 */
const layer = (files, forbidden) => ({
  files,
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: forbidden.map(({ group, regex, message }) =>
          regex ? { regex, message } : { group, message },
        ),
      },
    ],
  },
});
const REACT = {
  group: ["react", "react-dom", "react-dom/*", "react-cytoscapejs"],
  message: "This layer must not use React.",
};
const CYTOSCAPE = {
  // A regex, not a glob: globs would also match our own src/cytoscape/ folder.
  regex: "^cytoscape(-[a-z]+)?$",
  message: "Only src/cytoscape/ may use Cytoscape.",
};
const STORE = {
  group: ["**/store/*", "zustand", "zustand/*"],
  message: "This layer must not use the store.",
};
const COMPONENTS = {
  group: ["**/components/*"],
  message: "Lower layers must not import components.",
};
const UPPER = (...names) => ({
  group: names.map((n) => `**/${n}/*`),
  message: 'Imports point downwards only (docs/ARCHITECTURE.md, "Layers").',
});

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dist-graphs",
      "node_modules",
      "tests/browser/screenshots",
      ".scratch",
      "bench/.work",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      eqeqeq: ["error", "smart"],
    },
  },
  layer(
    ["src/domain/**"],
    [
      REACT,
      CYTOSCAPE,
      STORE,
      COMPONENTS,
      UPPER("pipeline", "cytoscape", "build", "encoding", "storage"),
    ],
  ),
  // The visual encoding: renderer-neutral words, shapes, colours and marks, over the domain.
  layer(
    ["src/encoding/**"],
    [REACT, CYTOSCAPE, STORE, COMPONENTS, UPPER("pipeline", "cytoscape", "build", "storage")],
  ),
  layer(
    ["src/pipeline/**"],
    [REACT, CYTOSCAPE, STORE, COMPONENTS, UPPER("cytoscape", "build", "storage")],
  ),
  layer(["src/cytoscape/**"], [REACT, STORE, COMPONENTS, UPPER("pipeline", "build", "storage")]),
  // This browser's storage (IndexedDB through idb), over the domain; the components connect it
  // to the store, which knows nothing of it.
  layer(
    ["src/storage/**"],
    [REACT, CYTOSCAPE, STORE, COMPONENTS, UPPER("pipeline", "cytoscape", "build", "encoding")],
  ),
  layer(
    ["src/store/**"],
    [REACT, CYTOSCAPE, COMPONENTS, UPPER("pipeline", "cytoscape", "build", "storage")],
  ),
  // The pipeline is pure and browser-safe: the curation view loads the drafter and the build.
  layer(["src/components/**", "src/main.tsx"], [UPPER("build")]),
  // Only the one canvas component touches Cytoscape (react-cytoscapejs makes the instance);
  // everything else goes through the adapter's canvas view.
  {
    ...layer(["src/components/**"], [CYTOSCAPE, UPPER("build")]),
    ignores: ["src/components/GraphCanvas.tsx"],
  },
);
