import { auditOnBehalf, type SellerActor } from "~/modules/audit/audit.server";
import type { Prisma } from "~/generated/prisma/client";
import type { LiteracyStratum } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import { assessmentColumns, splitLiteracyForm, type LiteracyAnswerValues } from "./scoring";

/** An assessment's date, scores, stratum and inclusion answers, as pages and exports show it. */
export const assessmentSelect = {
  assessedAt: true,
  knowledgeScore: true,
  skillScore: true,
  confidenceScore: true,
  attitudeScore: true,
  behaviourScore: true,
  totalScore: true,
  stratum: true,
  hasBankAccount: true,
  usesEwallet: true,
  hasSavings: true,
  hasCredit: true,
  hasKur: true,
  hasInsurance: true,
} as const satisfies Prisma.LiteracyAssessmentSelect;

/** A seller's literacy assessments, oldest first (the page charts their progress). */
export async function listAssessments(db: Db, sellerId: string) {
  return db.literacyAssessment.findMany({
    where: { sellerId },
    orderBy: { assessedAt: "asc" },
    select: { id: true, ...assessmentSelect },
  });
}

/** Scores and records one assessment; an operator or staff member recording it is audited. */
export async function recordAssessment(
  db: Db,
  input: { sellerId: string; actor: SellerActor; answers: LiteracyAnswerValues },
): Promise<{ id: string; totalScore: number; stratum: LiteracyStratum }> {
  const columns = assessmentColumns(splitLiteracyForm(input.answers));
  return db.$transaction(async (tx) => {
    const assessment = await tx.literacyAssessment.create({
      data: {
        ...columns,
        sellerId: input.sellerId,
        assessedAt: new Date(),
        recordedById: input.actor.id,
      },
      select: { id: true, totalScore: true, stratum: true },
    });
    await auditOnBehalf(tx, input.actor, {
      action: "literacy.assess",
      entityType: "LiteracyAssessment",
      entityId: assessment.id,
      sellerId: input.sellerId,
    });
    return assessment;
  });
}
