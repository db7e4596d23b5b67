// What the badge says for a count: nothing at 0, the number up to 99, then "99+".
export const BADGE_CAP = 99;

export function badgeLabel(count: number): string {
  if (!Number.isFinite(count) || count < 1) return '';
  const whole = Math.floor(count);
  return whole > BADGE_CAP ? `${BADGE_CAP}+` : String(whole);
}
