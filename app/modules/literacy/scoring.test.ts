import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  DIMENSIONS,
  INCLUSION_KEYS,
  INSTRUMENT_VERSION,
  LITERACY_QUESTIONS,
  type LikertQuestion,
  type LiteracyQuestion,
} from "./instrument";
import {
  LiteracyAnswersSchema,
  PASS,
  assessmentColumns,
  parseLiteracyForm,
  scoreAssessment,
  splitLiteracyForm,
  stratumFor,
} from "./scoring";

/** Best answers everywhere: the right option, and the literate end of every likert item. */
function bestAnswers(questions: readonly LiteracyQuestion[] = LITERACY_QUESTIONS) {
  return Object.fromEntries(
    questions.map((q) => [q.id, q.kind === "choice" ? q.correct : q.reverse ? "1" : "5"]),
  );
}

function wrongOption(id: string): string {
  const question = LITERACY_QUESTIONS.find((q) => q.id === id);
  if (question?.kind !== "choice") throw new Error(`${id} is not a choice question`);
  const wrong = question.options.find((option) => option.value !== question.correct);
  if (!wrong) throw new Error(`${id} has no wrong option`);
  return wrong.value;
}

function issuesOf(input: unknown) {
  const result = LiteracyAnswersSchema.safeParse(input);
  if (result.success) throw new Error("expected the form to be rejected");
  return result.error.issues.map((issue) => ({
    path: issue.path.join("."),
    message: issue.message,
  }));
}

describe("instrument PK-LIT-1", () => {
  it("asks three questions per dimension with unique ids", () => {
    expect(INSTRUMENT_VERSION).toBe("PK-LIT-1");
    expect(LITERACY_QUESTIONS).toHaveLength(15);
    for (const dimension of DIMENSIONS) {
      expect(LITERACY_QUESTIONS.filter((q) => q.dimension === dimension)).toHaveLength(3);
    }
    expect(new Set(LITERACY_QUESTIONS.map((q) => q.id)).size).toBe(15);
  });

  it("has a correct answer among the 3–4 options of every choice question", () => {
    for (const q of LITERACY_QUESTIONS) {
      if (q.kind !== "choice") continue;
      expect(q.options.length).toBeGreaterThanOrEqual(3);
      expect(q.options.length).toBeLessThanOrEqual(4);
      expect(q.options.map((o) => o.value)).toContain(q.correct);
    }
  });

  it("reverse-codes at least one attitude item", () => {
    expect(
      LITERACY_QUESTIONS.some(
        (q) => q.dimension === "attitude" && q.kind === "likert" && q.reverse,
      ),
    ).toBe(true);
  });
});

describe("scoreAssessment", () => {
  it("gives 100 everywhere and WELL_LITERATE for the best answers", () => {
    expect(scoreAssessment(bestAnswers())).toEqual({
      scores: { knowledge: 100, skill: 100, confidence: 100, attitude: 100, behaviour: 100 },
      total: 100,
      stratum: "WELL_LITERATE",
    });
  });

  it("counts agreeing with a reverse-coded statement as low literacy", () => {
    const allAgree = { ...bestAnswers(), c1: "5", c2: "5", c3: "5", a1: "5", a2: "5", a3: "5" };
    Object.assign(allAgree, { b1: "5", b2: "5", b3: "5" });
    // c3, a1, a3 and b3 are reverse-coded: agreeing scores 0 on each.
    expect(scoreAssessment(allAgree)).toEqual({
      scores: { knowledge: 100, skill: 100, confidence: 67, attitude: 33, behaviour: 67 },
      total: 73,
      stratum: "WELL_LITERATE",
    });
  });

  it("maps likert answers 1–5 to 0, 25, 50, 75, 100 and reverse items to 100 … 0", () => {
    const one: LikertQuestion = {
      id: "x",
      dimension: "confidence",
      text: "",
      kind: "likert",
      reverse: false,
    };
    const questions = [...LITERACY_QUESTIONS.filter((q) => q.dimension !== "confidence"), one];
    const base = bestAnswers(questions);
    const confidence = (x: string, reverse = false) =>
      scoreAssessment(
        { ...base, x },
        questions.map((q) => (q === one ? { ...one, reverse } : q)),
      ).scores.confidence;
    expect(["1", "2", "3", "4", "5"].map((x) => confidence(x))).toEqual([0, 25, 50, 75, 100]);
    expect(["1", "2", "3", "4", "5"].map((x) => confidence(x, true))).toEqual([100, 75, 50, 25, 0]);
  });

  it("rounds each dimension to a whole number, halves up", () => {
    const answers = { ...bestAnswers(), k3: wrongOption("k3"), s2: wrongOption("s2") };
    Object.assign(answers, { s3: wrongOption("s3"), c1: "4", c2: "4", c3: "3" });
    const { scores, total } = scoreAssessment(answers);
    expect(scores.knowledge).toBe(67); // 2 of 3
    expect(scores.skill).toBe(33); // 1 of 3
    expect(scores.confidence).toBe(67); // (75 + 75 + 50) / 3 = 66.67
    expect(total).toBe(73); // (67 + 33 + 67 + 100 + 100) / 5 = 73.4

    const slightlyLess = scoreAssessment({ ...bestAnswers(), c1: "4", c2: "3", c3: "3" });
    expect(slightlyLess.scores.confidence).toBe(58); // (75 + 50 + 50) / 3 = 58.33

    const four: LiteracyQuestion[] = [
      ...LITERACY_QUESTIONS,
      { id: "c4", dimension: "confidence", text: "", kind: "likert", reverse: false },
    ];
    // (100 + 100 + 50 + 0) / 4 = 62.5
    const half = scoreAssessment({ ...bestAnswers(four), c3: "3", c4: "1" }, four);
    expect(half.scores.confidence).toBe(63);
  });

  it("passes knowledge at 2 of 3 correct (67) and fails it at 1 of 3 (33)", () => {
    const twoOfThree = scoreAssessment({ ...bestAnswers(), k1: wrongOption("k1") });
    expect(twoOfThree.scores.knowledge).toBe(67);
    expect(twoOfThree.stratum).toBe("WELL_LITERATE");

    const oneOfThree = scoreAssessment({
      ...bestAnswers(),
      k1: wrongOption("k1"),
      k2: wrongOption("k2"),
    });
    expect(oneOfThree.scores.knowledge).toBe(33);
    expect(oneOfThree.stratum).toBe("NOT_LITERATE");
  });

  it("passes confidence at exactly 60 and fails it below", () => {
    const fiveItems: LiteracyQuestion[] = [
      ...LITERACY_QUESTIONS.filter((q) => q.dimension !== "confidence"),
      ...["c1", "c2", "c3", "c4", "c5"].map((id): LikertQuestion => ({
        id,
        dimension: "confidence",
        text: "",
        kind: "likert",
        reverse: false,
      })),
    ];
    const base = bestAnswers(fiveItems);
    // 100 + 100 + 50 + 50 + 0 = 300, / 5 = 60
    const atPass = scoreAssessment({ ...base, c3: "3", c4: "3", c5: "1" }, fiveItems);
    expect(atPass.scores.confidence).toBe(60);
    expect(atPass.stratum).toBe("WELL_LITERATE");
    // 100 + 100 + 50 + 25 + 0 = 275, / 5 = 55
    const below = scoreAssessment({ ...base, c3: "3", c4: "2", c5: "1" }, fiveItems);
    expect(below.scores.confidence).toBe(55);
    expect(below.stratum).toBe("LESS_LITERATE");
  });

  it("ignores attitude and behaviour when placing the stratum", () => {
    const answers = { ...bestAnswers(), a1: "5", a2: "1", a3: "5", b1: "1", b2: "1", b3: "5" };
    const result = scoreAssessment(answers);
    expect(result.scores.attitude).toBe(0);
    expect(result.scores.behaviour).toBe(0);
    expect(result.total).toBe(60);
    expect(result.stratum).toBe("WELL_LITERATE");
  });

  it("refuses answers that were never validated", () => {
    const { k1: _k1, ...missing } = bestAnswers();
    expect(() => scoreAssessment(missing)).toThrow(RangeError);
    expect(() => scoreAssessment({ ...bestAnswers(), k1: "z" })).toThrow(RangeError);
    expect(() => scoreAssessment({ ...bestAnswers(), c1: "6" })).toThrow(RangeError);
    const noSkill = LITERACY_QUESTIONS.filter((q) => q.dimension !== "skill");
    expect(() => scoreAssessment(bestAnswers(noSkill), noSkill)).toThrow(RangeError);
  });
});

describe("stratumFor", () => {
  const pass = { knowledge: PASS, confidence: PASS, skill: PASS };

  it("sets the pass mark at 60", () => {
    expect(PASS).toBe(60);
  });

  it("is WELL_LITERATE with knowledge, confidence and skill all at 60", () => {
    expect(stratumFor(pass)).toBe("WELL_LITERATE");
    expect(stratumFor({ knowledge: 100, confidence: 100, skill: 100 })).toBe("WELL_LITERATE");
  });

  it("is SUFFICIENT_LITERATE when only skill is at 59", () => {
    expect(stratumFor({ ...pass, skill: 59 })).toBe("SUFFICIENT_LITERATE");
  });

  it("is LESS_LITERATE when confidence is at 59, whatever the skill", () => {
    expect(stratumFor({ ...pass, confidence: 59 })).toBe("LESS_LITERATE");
    expect(stratumFor({ ...pass, confidence: 59, skill: 0 })).toBe("LESS_LITERATE");
  });

  it("is NOT_LITERATE when knowledge is at 59, whatever the rest", () => {
    expect(stratumFor({ ...pass, knowledge: 59 })).toBe("NOT_LITERATE");
    expect(stratumFor({ knowledge: 59, confidence: 100, skill: 100 })).toBe("NOT_LITERATE");
  });
});

describe("LiteracyAnswersSchema", () => {
  it("accepts a complete form and turns the checkboxes into booleans", () => {
    const form = { ...bestAnswers(), hasBankAccount: "on", hasKur: "on", extra: "ignored" };
    const value = LiteracyAnswersSchema.parse(form);
    expect(value).toEqual({
      ...bestAnswers(),
      hasBankAccount: true,
      usesEwallet: false,
      hasSavings: false,
      hasCredit: false,
      hasKur: true,
      hasInsurance: false,
    });
    const { answers, inclusion } = splitLiteracyForm(value);
    expect(answers).toEqual(bestAnswers());
    expect(inclusion).toEqual({
      hasBankAccount: true,
      usesEwallet: false,
      hasSavings: false,
      hasCredit: false,
      hasKur: true,
      hasInsurance: false,
    });
  });

  it("asks for every question that was left unanswered", () => {
    const { k2: _k2, b3: _b3, ...rest } = bestAnswers();
    expect(issuesOf({ ...rest, c1: "" })).toEqual([
      { path: "k2", message: "Jawab pertanyaan ini" },
      { path: "c1", message: "Jawab pertanyaan ini" },
      { path: "b3", message: "Jawab pertanyaan ini" },
    ]);
  });

  it("rejects options and likert values that are not on the form", () => {
    const form = { ...bestAnswers(), k1: "e", s1: "60000", a1: "6", a2: "0", b1: "3.5" };
    expect(issuesOf(form)).toEqual(
      ["k1", "s1", "a1", "a2", "b1"].map((path) => ({ path, message: "Pilihan tidak dikenal" })),
    );
  });

  it("takes a checkbox as true only when it is 'on'", () => {
    expect(issuesOf({ ...bestAnswers(), hasSavings: "yes" })).toEqual([
      { path: "hasSavings", message: "Pilihan tidak dikenal" },
    ]);
    const none = splitLiteracyForm(LiteracyAnswersSchema.parse(bestAnswers()));
    expect(Object.values(none.inclusion)).toEqual(INCLUSION_KEYS.map(() => false));
  });
});

describe("parseLiteracyForm", () => {
  it("reads FormData as submitted by the browser", () => {
    const formData = new FormData();
    for (const [id, answer] of Object.entries(bestAnswers())) formData.set(id, answer);
    formData.set("usesEwallet", "on");
    const { answers, inclusion } = parseLiteracyForm(formData);
    expect(answers).toEqual(bestAnswers());
    expect(inclusion.usesEwallet).toBe(true);
    expect(inclusion.hasBankAccount).toBe(false);
  });

  it("throws a ZodError for an incomplete form", () => {
    expect(() => parseLiteracyForm({})).toThrow(z.ZodError);
  });
});

describe("assessmentColumns", () => {
  it("fills the scored columns of a LiteracyAssessment row", () => {
    const form = parseLiteracyForm({ ...bestAnswers(), k1: wrongOption("k1"), hasCredit: "on" });
    expect(assessmentColumns(form)).toEqual({
      instrumentVersion: "PK-LIT-1",
      answers: form.answers,
      knowledgeScore: 67,
      skillScore: 100,
      confidenceScore: 100,
      attitudeScore: 100,
      behaviourScore: 100,
      totalScore: 93,
      stratum: "WELL_LITERATE",
      hasBankAccount: false,
      usesEwallet: false,
      hasSavings: false,
      hasCredit: true,
      hasKur: false,
      hasInsurance: false,
    });
  });
});
