/**
 * A weekly time account (NO: a vedtak of hours per week where hours may be moved between weeks):
 * the hours a week does not use carry over to the next week, and the hours it uses beyond its
 * grant are taken from the next weeks. The balance is reported, never capped: a positive balance
 * is hours saved, a negative one hours overused.
 */
import { minutes, type Minutes } from "../time/index.js";

/** The balance of the account when a week begins and when it ends. */
export interface AccountBalance {
  readonly opening: Minutes;
  readonly closing: Minutes;
}

/**
 * The balances of consecutive weeks: each week's closing balance is its opening balance plus its
 * grant minus the minutes it used or plans, and becomes the next week's opening balance.
 * With 84 hours a week and weeks of 80, 86 and 90 hours the balances close at +4, +2 and −4.
 */
export function timeAccountBalances(
  granted: Minutes,
  spent: readonly Minutes[],
  opening: Minutes = minutes(0),
): AccountBalance[] {
  let balance: number = opening;
  return spent.map((s) => {
    const start = balance;
    balance = start + granted - s;
    return { opening: minutes(start), closing: minutes(balance) };
  });
}
