import { z } from "zod";
import type { LiteracyStratum } from "~/generated/prisma/enums";
import {
  DIMENSIONS,
  INCLUSION_KEYS,
  INSTRUMENT_VERSION,
  LIKERT_VALUES,
  LITERACY_QUESTIONS,
  type InclusionFlags,
  type LiteracyDimension,
  type LiteracyQuestion,
} from "./instrument";

/** The lowest dimension score (0–100) that counts as having that dimension. */
export const PASS = 60;

export type DimensionScores = Record<LiteracyDimension, number>;

export interface LiteracyScore {
  scores: DimensionScores;
  total: number;
  stratum: LiteracyStratum;
}

/** One item's points, 0–100. Answers must already be valid; anything else is a bug upstream. */
function itemPoints(question: LiteracyQuestion, answer: string | undefined): number {
  if (answer === undefined) throw new RangeError(`No answer to question ${question.id}`);
  if (question.kind === "choice") {
    if (!question.options.some((option) => option.value === answer)) {
      throw new RangeError(`Unknown option "${answer}" for question ${question.id}`);
    }
    return answer === question.correct ? 100 : 0;
  }
  if (!/^[1-5]$/.test(answer)) {
    throw new RangeError(`Likert answer to ${question.id} must be 1–5, got "${answer}"`);
  }
  const agreement = Number(answer);
  const value = question.reverse ? 6 - agreement : agreement;
  return ((value - 1) / 4) * 100;
}

/**
 * The platform's stratum rule. OJK defines its four strata by knowledge, confidence and skill
 * only, so attitude and behaviour count in the total score but never move a seller's stratum.
 */
export function stratumFor(
  scores: Pick<DimensionScores, "knowledge" | "confidence" | "skill">,
): LiteracyStratum {
  if (scores.knowledge < PASS) return "NOT_LITERATE";
  if (scores.confidence < PASS) return "LESS_LITERATE";
  if (scores.skill < PASS) return "SUFFICIENT_LITERATE";
  return "WELL_LITERATE";
}

/** Scores validated answers (question id → option value or "1".."5"). */
export function scoreAssessment(
  answers: Readonly<Record<string, string>>,
  questions: readonly LiteracyQuestion[] = LITERACY_QUESTIONS,
): LiteracyScore {
  const dimensionScore = (dimension: LiteracyDimension) => {
    const items = questions.filter((question) => question.dimension === dimension);
    if (items.length === 0) throw new RangeError(`No questions for dimension ${dimension}`);
    const sum = items.reduce(
      (acc, question) => acc + itemPoints(question, answers[question.id]),
      0,
    );
    return Math.round(sum / items.length);
  };
  const scores: DimensionScores = {
    knowledge: dimensionScore("knowledge"),
    skill: dimensionScore("skill"),
    confidence: dimensionScore("confidence"),
    attitude: dimensionScore("attitude"),
    behaviour: dimensionScore("behaviour"),
  };
  const total = Math.round(DIMENSIONS.reduce((acc, d) => acc + scores[d], 0) / DIMENSIONS.length);
  return { scores, total, stratum: stratumFor(scores) };
}

const MISSING = "Jawab pertanyaan ini";
const UNKNOWN = "Pilihan tidak dikenal";

const answerSchema = (values: readonly string[]) =>
  z.enum(values, {
    error: (issue) => (issue.input === undefined || issue.input === "" ? MISSING : UNKNOWN),
  });

const checkboxSchema = z
  .literal("on", { error: UNKNOWN })
  .optional()
  .transform((value) => value === "on");

export interface LiteracyForm {
  answers: Record<string, string>;
  inclusion: InclusionFlags;
}

/**
 * The flat assessment form: one field per question id plus the six inclusion checkboxes. It stays
 * an untransformed object so conform's `getZodConstraint` can read it; `splitLiteracyForm` turns
 * its output into `{ answers, inclusion }`.
 */
export function literacyFormSchema(questions: readonly LiteracyQuestion[] = LITERACY_QUESTIONS) {
  const shape: Record<string, z.ZodType<string | boolean>> = {};
  for (const key of INCLUSION_KEYS) shape[key] = checkboxSchema;
  for (const question of questions) {
    if (question.id in shape) throw new Error(`Duplicate form field ${question.id}`);
    shape[question.id] = answerSchema(
      question.kind === "choice" ? question.options.map((option) => option.value) : LIKERT_VALUES,
    );
  }
  return z.object(shape);
}

export const LiteracyAnswersSchema = literacyFormSchema();
/** The validated PK-LIT-1 form, as the schema returns it. */
export type LiteracyAnswerValues = Readonly<Record<string, unknown>>;

/** Splits a validated form (e.g. conform's `submission.value`) into answers and inclusion flags. */
export function splitLiteracyForm(
  value: Readonly<Record<string, unknown>>,
  questions: readonly LiteracyQuestion[] = LITERACY_QUESTIONS,
): LiteracyForm {
  const answers: Record<string, string> = {};
  for (const question of questions) {
    const answer = value[question.id];
    if (typeof answer === "string") answers[question.id] = answer;
  }
  const inclusion = Object.fromEntries(
    INCLUSION_KEYS.map((key) => [key, value[key] === true]),
  ) as InclusionFlags;
  return { answers, inclusion };
}

/** Parses a submitted PK-LIT-1 form; throws a ZodError with Indonesian messages when invalid. */
export function parseLiteracyForm(
  input: FormData | Readonly<Record<string, unknown>>,
): LiteracyForm {
  const form = input instanceof FormData ? Object.fromEntries(input) : input;
  return splitLiteracyForm(LiteracyAnswersSchema.parse(form));
}

/** The scored columns of a `LiteracyAssessment` row for a parsed PK-LIT-1 form. */
export function assessmentColumns(form: LiteracyForm) {
  const { scores, total, stratum } = scoreAssessment(form.answers);
  return {
    instrumentVersion: INSTRUMENT_VERSION,
    answers: form.answers,
    knowledgeScore: scores.knowledge,
    skillScore: scores.skill,
    confidenceScore: scores.confidence,
    attitudeScore: scores.attitude,
    behaviourScore: scores.behaviour,
    totalScore: total,
    stratum,
    ...form.inclusion,
  };
}
