// ESLint for the site's own scripts (static/**/*.js): plain browser scripts, no build step.
// Vendored libraries (static/**/vendor/) are checked by their authors, not here.
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["static/**/vendor/**", "staticfiles/**", "node_modules/**", ".venv/**"] },
  js.configs.recommended,
  {
    files: ["static/**/*.js"],
    languageOptions: {
      ecmaVersion: 2020,
      sourceType: "script",
      globals: { ...globals.browser, L: "readonly", topojson: "readonly" },
    },
    rules: {
      eqeqeq: ["error", "always"],
      "no-implicit-globals": "error",
      "no-unused-vars": ["error", { args: "after-used", caughtErrors: "none" }],
    },
  },
];
