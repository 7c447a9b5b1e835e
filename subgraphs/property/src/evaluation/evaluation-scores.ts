import { EvaluationCriterion } from './evaluation-kinds.js';

export const CRITERIA: readonly EvaluationCriterion[] = Object.values(EvaluationCriterion);

/** Why a set of scores is not one 0–100 integer per named criterion, or null when it is. */
export function scoresProblem(scores: readonly { criterion: EvaluationCriterion; score: number }[]): string | null {
  const seen = new Set<EvaluationCriterion>();
  for (const { criterion, score } of scores) {
    if (seen.has(criterion)) return `${criterion} is scored twice: score each criterion once.`;
    seen.add(criterion);
    if (!Number.isInteger(score) || score < 0 || score > 100) return `${criterion} must be scored with a whole number from 0 to 100.`;
  }
  const missing = CRITERIA.filter((criterion) => !seen.has(criterion));
  return missing.length ? `Score every criterion: ${missing.join(', ')} missing.` : null;
}

/** The mean of the scores with two decimals, rounded half up, exactly. */
export function totalScore(scores: readonly { score: number }[]): string {
  const sum = scores.reduce((total, { score }) => total + score, 0);
  const hundredths = Math.floor((sum * 200 + scores.length) / (2 * scores.length));
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/** First day of a quarter and first day of the next, YYYY-MM-DD. */
export function quarterPeriod(year: number, quarter: number): { start: string; end: string } {
  const month = (quarter - 1) * 3 + 1;
  const start = `${year}-${String(month).padStart(2, '0')}-01`;
  const end = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(month + 3).padStart(2, '0')}-01`;
  return { start, end };
}
