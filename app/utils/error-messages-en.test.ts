import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { LiteracyAnswersSchema } from "~/modules/literacy/scoring";
import { parseQris } from "~/modules/payments/qris";
import { DomainError } from "./errors";
import { ERROR_MESSAGES_EN, ERROR_PATTERNS_EN, translateErrorMessage } from "./error-messages-en";
import { biteshipEn } from "./i18n-biteship-en";
import { biteshipId } from "./i18n-biteship-id";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SOURCE_DIRS = ["app/modules", "app/routes", "app/http"];
/** Command-line only: operators read the backup tool's messages in Indonesian. */
const SKIPPED_FILES = new Set([
  "app/modules/ops/backup.server.ts",
  "app/modules/ops/backup-folders.server.ts",
]);

/**
 * Helpers that take a message and throw or show it, by the position of that argument:
 * `invalidInput(error, fallback)`, `notAvailable(message)`, the training date field, the
 * optional legality numbers, the redirects that carry a message to the page (`back`), and a
 * route's own message put in the reader's language (`translateErrorMessage(message, locale)`),
 * and the photo check's two refusals.
 */
const MESSAGE_ARGUMENTS: Readonly<Record<string, number | number[]>> = {
  invalidInput: 1,
  notAvailable: 0,
  jakartaDateTime: 0,
  optionalText: 2,
  back: 0,
  translateErrorMessage: 0,
  failRefund: 0,
  assertReadablePhoto: [1, 2],
  lineError: 1,
  readOneFile: 3,
};

/** Found in a message position but never shown to a user: webhook and health-check replies. */
const NOT_SHOWN_TO_USERS = new Set([
  "Missing Stripe-Signature header",
  "Invalid or stale signature",
  "unknown notification kind",
  "unknown error",
  "Notification body is not valid JSON",
  "Notification body is missing or has invalid fields",
  "Invalid signature_key",
  "Status API unreachable",
  "Unauthorized",
  "Invalid body",
]);

/**
 * Errors an adapter raises with a message from its own dictionary, which a command passes on to
 * the seller as it is (a pickup booking Biteship cannot send).
 */
const DICTIONARY_ERRORS = (Object.keys(biteshipId) as (keyof typeof biteshipId)[])
  .filter((key) => key.startsWith("biteship.error."))
  .map((key) => ({ id: biteshipId[key], en: biteshipEn[key] }));

/** English words that are the same in Indonesian; none yet. */
const SAME_IN_BOTH = new Set<string>([]);

/** A value for each `${…}` of a template message, by the expression's source text. */
const SAMPLES: Readonly<Record<string, string>> = {
  minutes: "15",
  "Math.max(1, Math.ceil(retryAfterSeconds / 60))": "1",
  MAX_PHOTOS_PER_PRODUCT: "8",
  MAX_VARIANTS: "50",
  MAX_LINE_QUANTITY: "999",
  MAX_LABELS: "100",
  "refused.code": "PK-ABCDEFG-1",
  MAX_CART_LINES: "50",
  title: "Keripik Tempe",
  stock: "3",
  inCart: "2",
  "item.productTitle": "Madu Hutan 500 ml",
  "variant.product.title": "Kopi Osing 250 g",
  "seller.businessName": "Warung Bu Sri",
  "draft.seller.businessName": "Batik Gajah Oling",
  "order.seller.businessName": "Batik Gajah Oling",
  "shop.businessName": "Tenun Ikat Sumber",
  newFee: "Rp21.000",
  newTotal: "Rp66.000",
  from: "PENDING_PAYMENT",
  to: "SHIPPED",
  tag: "26",
  'blocker.roles.join(", ")': "OPERATOR, STAFF",
  'blocker.names.join(", ")': "Kopi Osing Pak Darto",
  'blocker.codes.join(", ")': "PK-7Q2M9X, PK-4HT8RA",
  name: "Harga minimum",
  'SEARCH_SORTS.join(", ")': "relevance, newest, price_asc, price_desc",
  csvLine: "5",
  reason: "Kecamatan asal tidak dikenal",
};

type Found = { text: string; holes: string[] | null; where: string };

function sourceFiles(): string[] {
  return SOURCE_DIRS.flatMap((dir) =>
    readdirSync(`${ROOT}/${dir}`, { recursive: true, encoding: "utf8" })
      .map((entry) => `${dir}/${entry.replaceAll("\\", "/")}`)
      .filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path))
      .filter((path) => !SKIPPED_FILES.has(path)),
  ).sort();
}

/**
 * The messages of one file, in these positions: the message of `new DomainError(code, message)`
 * and `new QrisError(message)`; `error:` and `message:` properties (zod's `{ error: "…" }`,
 * `ctx.addIssue({ message })`, a route's `data({ error: "…" })`); the message arguments above.
 * A message is followed through parentheses, `a ? b : c`, `a ?? b`, an arrow function's result,
 * and a constant, an object constant's property or a function of the same file.
 */
function messagesIn(path: string): Found[] {
  const text = readFileSync(`${ROOT}/${path}`, "utf8");
  const kind = path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const constants = new Map<string, ts.Expression[]>();
  const functions = new Map<string, ts.FunctionDeclaration[]>();
  const index = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      constants.set(node.name.text, [...(constants.get(node.name.text) ?? []), node.initializer]);
    }
    if (ts.isFunctionDeclaration(node) && node.name) {
      functions.set(node.name.text, [...(functions.get(node.name.text) ?? []), node]);
    }
    ts.forEachChild(node, index);
  };
  index(source);

  const found: Found[] = [];
  const where = (node: ts.Node) =>
    `${path}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const results = (fn: ts.SignatureDeclaration): ts.Expression[] => {
    if (ts.isArrowFunction(fn) && !ts.isBlock(fn.body)) return [fn.body];
    const out: ts.Expression[] = [];
    const visit = (node: ts.Node) => {
      if (node !== fn && ts.isFunctionLike(node)) return;
      if (ts.isReturnStatement(node) && node.expression) out.push(node.expression);
      ts.forEachChild(node, visit);
    };
    visit(fn);
    return out;
  };
  const follow = (expr: ts.Expression, depth = 0): void => {
    if (depth > 8) return;
    const next = (e: ts.Expression) => follow(e, depth + 1);
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) {
      if (expr.text !== "") found.push({ text: expr.text, holes: null, where: where(expr) });
    } else if (ts.isTemplateExpression(expr)) {
      found.push({
        text: expr.getText(source),
        holes: expr.templateSpans.map((span) => span.expression.getText(source)),
        where: where(expr),
      });
    } else if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) {
      next(expr.expression);
    } else if (ts.isConditionalExpression(expr)) {
      next(expr.whenTrue);
      next(expr.whenFalse);
    } else if (
      ts.isBinaryExpression(expr) &&
      (expr.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
        expr.operatorToken.kind === ts.SyntaxKind.BarBarToken)
    ) {
      next(expr.left);
      next(expr.right);
    } else if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr)) {
      results(expr).forEach(next);
    } else if (ts.isIdentifier(expr)) {
      constants.get(expr.text)?.forEach(next);
      functions.get(expr.text)?.forEach((fn) => results(fn).forEach(next));
    } else if (ts.isPropertyAccessExpression(expr) && ts.isIdentifier(expr.expression)) {
      for (const value of constants.get(expr.expression.text) ?? []) {
        const object = ts.isAsExpression(value) ? value.expression : value;
        if (!ts.isObjectLiteralExpression(object)) continue;
        for (const property of object.properties) {
          if (
            ts.isPropertyAssignment(property) &&
            property.name.getText(source) === expr.name.text
          ) {
            next(property.initializer);
          }
        }
      }
    } else if (ts.isCallExpression(expr)) {
      next(expr.expression);
    }
  };

  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
      const [first, second] = node.arguments ?? [];
      if (node.expression.text === "DomainError" && second) follow(second);
      if (node.expression.text === "QrisError" && first) follow(first);
    } else if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      (node.name.text === "error" || node.name.text === "message")
    ) {
      follow(node.initializer);
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      for (const position of [MESSAGE_ARGUMENTS[node.expression.text] ?? []].flat()) {
        const argument = node.arguments[position];
        if (argument) follow(argument);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((f) => !NOT_SHOWN_TO_USERS.has(f.text));
}

const found = sourceFiles().flatMap(messagesIn);
const plain = found.filter((f) => f.holes === null);
const templates = found.filter((f) => f.holes !== null);

/** A template message with each `${…}` replaced by its sample. */
function sampleOf(template: Found): string {
  const source = ts.createSourceFile("t.ts", template.text, ts.ScriptTarget.Latest, true);
  const statement = source.statements[0];
  if (!statement || !ts.isExpressionStatement(statement)) throw new Error(template.text);
  const expr = statement.expression;
  if (!ts.isTemplateExpression(expr)) throw new Error(template.text);
  return (
    expr.head.text +
    expr.templateSpans
      .map((span) => (SAMPLES[span.expression.getText(source)] ?? "") + span.literal.text)
      .join("")
  );
}

/** `file:line  message`, one a line, to read in a failure. */
const lines = (items: Found[]) => items.map((f) => `${f.where}  ${f.text}`);

describe("English error messages", () => {
  it("finds the messages a refused form or command shows", () => {
    expect(sourceFiles().length).toBeGreaterThan(100);
    expect(new Set(plain.map((f) => f.text)).size).toBeGreaterThan(200);
    expect(templates.length).toBeGreaterThan(20);
    // One of each position, so a broken scan cannot pass quietly.
    const texts = new Set(found.map((f) => f.text));
    for (const message of [
      "Produk tidak ditemukan", // new DomainError(code, "…")
      "Nama produk minimal 3 huruf", // .min(3, { error: "…" })
      "Nomor HP wajib diisi", // z.string({ error: "…" })
      "Tanggal tidak valid (TTTT-BB-HH)", // ctx.addIssue({ message: "…" })
      "Pilih UMKM", // a route's data({ error: "…" })
      "Nomor HP atau kata sandi salah", // a constant
      "Jatuh tempo tidak boleh sebelum tanggal utang", // a function's result
      "Checksum QRIS tidak cocok — salin ulang kode dari aplikasi bank", // an object's property
      "Catatan tidak valid", // invalidInput(error, "…")
      "Periode tidak valid", // translateErrorMessage(… ?? "…", locale)
    ]) {
      expect(texts, message).toContain(message);
    }
  });

  it("has English for every message", () => {
    const missing = plain.filter((f) => !Object.hasOwn(ERROR_MESSAGES_EN, f.text));
    expect(lines(missing), "Add these messages to ERROR_MESSAGES_EN").toEqual([]);
  });

  it("matches every message built from a template with a pattern", () => {
    const unsampled = templates.filter((f) => f.holes!.some((hole) => !(hole in SAMPLES)));
    expect(lines(unsampled), "Add a value to SAMPLES for each ${…} of").toEqual([]);
    const unmatched = templates.filter((f) => {
      const sample = sampleOf(f);
      return !ERROR_PATTERNS_EN.some((pattern) => pattern.id.test(sample));
    });
    expect(lines(unmatched), "Add a pattern to ERROR_PATTERNS_EN for").toEqual([]);
    for (const template of templates) {
      const sample = sampleOf(template);
      const english = translateErrorMessage(sample, "en");
      expect(english, template.where).not.toBe(sample);
      expect(english, template.where).not.toContain("undefined");
    }
  });

  it("keeps no entry or pattern that the source no longer uses", () => {
    const used = new Set([...plain.map((f) => f.text), ...DICTIONARY_ERRORS.map((e) => e.id)]);
    const stale = Object.keys(ERROR_MESSAGES_EN).filter((key) => !used.has(key));
    expect(stale, "Remove these entries, or update them to the new message").toEqual([]);
    const samples = templates.map(sampleOf);
    const unused = ERROR_PATTERNS_EN.filter((p) => !samples.some((s) => p.id.test(s)));
    expect(
      unused.map((p) => p.id.source),
      "Remove these patterns",
    ).toEqual([]);
  });

  it("translates the messages adapters raise from their dictionaries", () => {
    expect(DICTIONARY_ERRORS.length).toBeGreaterThan(0);
    for (const { id, en } of DICTIONARY_ERRORS) expect(translateErrorMessage(id, "en")).toBe(en);
  });

  it("translates messages end to end", () => {
    expect(translateErrorMessage("Keranjang kosong", "en")).toBe("Your cart is empty");
    expect(translateErrorMessage("Stok Keripik Tempe tinggal 2", "en")).toBe(
      "Only 2 left of Keripik Tempe",
    );
    expect(translateErrorMessage("Stok Keripik Tempe tinggal 5, 3 sudah di keranjang", "en")).toBe(
      "Only 5 left of Keripik Tempe, and 3 are already in your cart",
    );
    expect(
      translateErrorMessage("Terlalu banyak percobaan masuk. Coba lagi dalam 1 menit.", "en"),
    ).toBe("Too many login attempts. Try again in 1 minute.");
    expect(translateErrorMessage("Harga maksimum terlalu besar", "en")).toBe(
      "Maximum price is too large",
    );
    // A thrown error and a schema's message, as a route receives them.
    const thrown = new DomainError("OUT_OF_STOCK", "Stok habis: Kopi Osing 250 g");
    expect(translateErrorMessage(thrown.message, "en")).toBe("Out of stock: Kopi Osing 250 g");
    const parsed = LiteracyAnswersSchema.safeParse({});
    expect(parsed.success).toBe(false);
    expect(translateErrorMessage(parsed.error!.issues[0]!.message, "en")).toBe(
      "Answer this question",
    );
    expect(() => parseQris("https://example.com")).toThrow(/000201/);
    try {
      parseQris("https://example.com");
    } catch (error) {
      expect(translateErrorMessage((error as Error).message, "en")).toMatch(
        /^This is not a QRIS code/,
      );
    }
  });

  it("leaves Indonesian and unknown messages as they are", () => {
    expect(translateErrorMessage("Keranjang kosong", "id")).toBe("Keranjang kosong");
    expect(translateErrorMessage("Stok Keripik tinggal 2", "id")).toBe("Stok Keripik tinggal 2");
    expect(translateErrorMessage("Pesan yang belum ada", "en")).toBe("Pesan yang belum ada");
    expect(translateErrorMessage("", "en")).toBe("");
    // Keys are looked up as the object's own, never inherited.
    expect(translateErrorMessage("constructor", "en")).toBe("constructor");
    expect(translateErrorMessage("toString", "en")).toBe("toString");
  });

  it("has a real English text for every entry", () => {
    const untranslated = Object.entries(ERROR_MESSAGES_EN).filter(
      ([indonesian, english]) =>
        english.trim() === "" ||
        english !== english.trim() ||
        (english === indonesian && !SAME_IN_BOTH.has(indonesian)),
    );
    expect(untranslated).toEqual([]);
    for (const pattern of ERROR_PATTERNS_EN) {
      // Whole messages only, and no state kept between calls.
      expect(pattern.id.source).toMatch(/^\^.*\$$/);
      expect(pattern.id.global || pattern.id.sticky).toBe(false);
    }
  });
});
