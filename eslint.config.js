import js from "@eslint/js";
import boundaries from "eslint-plugin-boundaries";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["build", "data", ".cache", "app/generated", "node_modules", "tests/.tmp", "backups"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/*.server", "**/*.server.ts"],
              importNames: ["default"],
              message: "Server modules export named functions only.",
            },
          ],
        },
      ],
    },
  },
  // Layers, one way: routes → http → modules → utils (see docs/architecture.md). Components sit
  // beside routes; start-up wiring lives in server/. Nothing in app/ imports upward.
  {
    files: ["app/**/*.{ts,tsx}", "server/**/*.ts"],
    ignores: ["**/*.test.{ts,tsx}"],
    plugins: { boundaries },
    settings: {
      "import/resolver": { typescript: { alwaysTryTypes: true } },
      "boundaries/include": ["app/**/*", "server/**/*"],
      "boundaries/elements": [
        { type: "route", pattern: "app/routes/**", partialMatch: false },
        { type: "component", pattern: "app/components/**", partialMatch: false },
        { type: "http", pattern: "app/http/**", partialMatch: false },
        { type: "module", pattern: "app/modules/**", partialMatch: false },
        { type: "util", pattern: "app/utils/**", partialMatch: false },
        { type: "generated", pattern: "app/generated/**", partialMatch: false },
        { type: "server", pattern: "server/**", partialMatch: false },
      ],
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          policies: [
            { from: { element: { type: "server" } }, allow: { to: { element: { type: "*" } } } },
            {
              from: { element: { type: "route" } },
              allow: {
                to: {
                  element: {
                    types: { anyOf: ["route", "component", "http", "module", "util", "generated"] },
                  },
                },
              },
            },
            {
              from: { element: { type: "component" } },
              allow: {
                to: { element: { types: { anyOf: ["component", "module", "util", "generated"] } } },
              },
            },
            {
              from: { element: { type: "http" } },
              allow: {
                to: { element: { types: { anyOf: ["http", "module", "util", "generated"] } } },
              },
            },
            {
              from: { element: { type: "module" } },
              allow: { to: { element: { types: { anyOf: ["module", "util", "generated"] } } } },
            },
            {
              from: { element: { type: "util" } },
              allow: { to: { element: { types: { anyOf: ["util", "generated"] } } } },
            },
          ],
        },
      ],
    },
  },
  // Routes adapt HTTP to modules: the database is read and written in app/modules only.
  {
    files: ["app/routes/**/*.{ts,tsx}", "app/root.tsx", "app/components/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "MemberExpression[object.type='MemberExpression'][object.object.name=/^(db|tx)$/]",
          message: "Query the database in a module (app/modules), not in a route.",
        },
        {
          selector: "MemberExpression[object.name=/^(db|tx)$/][property.name=/^\\$/]",
          message: "Query the database in a module (app/modules), not in a route.",
        },
      ],
    },
  },
  // Payments sit below orders: orders ask the payment providers; a gateway's verdict reaches the
  // orders through the PaymentSettlement the order module hands in (decision 027).
  {
    files: ["app/modules/payments/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["~/modules/orders/*", "../orders/*", "../../orders/*"],
              message: "Payments must not import orders; take a PaymentSettlement instead.",
            },
          ],
        },
      ],
    },
  },
);
