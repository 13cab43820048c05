/**
 * The "Grant pools and budget" form's draft (what the fields hold, as typed) and the rota's
 * `grant` object it becomes. Typed numbers take a decimal comma or point; an empty budget field
 * means the default; an empty hourly wage with every other budget field empty means no budget.
 * The grant's other fields (hours, per, anything unknown) are kept as they are.
 */
import { nyborgMeetingPool } from "../../../core/src/grant/index.js";
import type { Grant, Issue } from "../../../core/src/model/index.js";
import { parseNumber } from "../app/fields.js";

export const PENSION_CHOICES = ["", "fredericia", "nyborg", "none", "custom"] as const;
export type PensionChoice = (typeof PENSION_CHOICES)[number];

export const SUPPLEMENT_FIELDS = ["evening", "night", "saturday", "sunday"] as const;
export type SupplementField = (typeof SUPPLEMENT_FIELDS)[number];

export interface PoolDraft {
  readonly purpose: string;
  readonly hours: string;
  readonly per: string;
  /** The stored pool's note, kept as it is. */
  readonly note?: string;
}

export interface GrantDraft {
  readonly pools: readonly PoolDraft[];
  readonly timeAccount: boolean;
  readonly hourlyRate: string;
  readonly amount: string;
  readonly supplements: Readonly<Record<SupplementField, string>>;
  readonly oncall: string;
  readonly pension: PensionChoice;
  readonly pensionOnBase: string;
  readonly pensionOnSupplements: string;
  readonly currency: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** A stored number as the field shows it (the language's decimal mark), "" when absent. */
const shown = (v: unknown, decimal: string): string =>
  typeof v === "number" ? String(v).replace(".", decimal) : typeof v === "string" ? v : "";

/** The draft of a rota's grant (fields empty where the grant has nothing). */
export function draftOfGrant(grant: Grant | undefined, decimal = "."): GrantDraft {
  const g: Record<string, unknown> = grant ?? {};
  const pools = Array.isArray(g["pools"]) ? (g["pools"] as unknown[]) : [];
  const b = isRecord(g["budget"]) ? g["budget"] : {};
  const s = isRecord(b["supplements"]) ? b["supplements"] : {};
  const pension = b["pension"];
  const custom = isRecord(pension) ? pension : undefined;
  return {
    pools: pools.filter(isRecord).map((p) => ({
      purpose: typeof p["purpose"] === "string" ? p["purpose"] : "meeting",
      hours: shown(p["hours"], decimal),
      per: typeof p["per"] === "string" ? p["per"] : "year",
      ...(typeof p["note"] === "string" ? { note: p["note"] } : {}),
    })),
    timeAccount: g["timeAccount"] === true,
    hourlyRate: shown(b["hourlyRate"], decimal),
    amount: shown(b["amount"], decimal),
    supplements: {
      evening: shown(s["evening"], decimal),
      night: shown(s["night"], decimal),
      saturday: shown(s["saturday"], decimal),
      sunday: shown(s["sunday"], decimal),
    },
    oncall: shown(b["oncall"], decimal),
    pension: custom
      ? "custom"
      : pension === "fredericia" || pension === "nyborg" || pension === "none"
        ? pension
        : "",
    pensionOnBase: shown(custom?.["onBase"], decimal),
    pensionOnSupplements: shown(custom?.["onSupplements"], decimal),
    currency: typeof b["currency"] === "string" ? b["currency"] : "",
  };
}

/**
 * The grant a draft gives (the stored grant's other fields kept), or the fields that are not
 * numbers (`notNumber` is the message, at paths such as `$.grant.budget.hourlyRate`); a pool's
 * hours and custom pension shares must be filled in. Whether the values are allowed is core's to
 * say (`grantSettingsOf`).
 */
export function grantOfDraft(
  draft: GrantDraft,
  grant: Grant,
  notNumber: string,
): { readonly grant: Grant; readonly issues: readonly Issue[] } {
  const issues: Issue[] = [];
  /** The number in a field (undefined when empty); a path's issue when it is not one. */
  const num = (text: string, path: string): number | undefined => {
    const n = parseNumber(text);
    if (Number.isNaN(n)) {
      issues.push({ path, message: notNumber });
      return undefined;
    }
    return n;
  };
  /** The number in a field that must be filled in (0 and an issue when it is empty). */
  const required = (text: string, path: string): number => {
    if (text.trim() === "") {
      issues.push({ path, message: notNumber });
      return 0;
    }
    return num(text, path) ?? 0;
  };
  const pools = draft.pools.map((p, i) => ({
    purpose: p.purpose,
    hours: required(p.hours, `$.grant.pools[${i}].hours`),
    per: p.per,
    ...(p.note !== undefined ? { note: p.note } : {}),
  }));
  const at = (name: string) => `$.grant.budget.${name}`;
  const budget: Record<string, unknown> = {};
  const put = (key: string, v: unknown) => {
    if (v !== undefined) budget[key] = v;
  };
  put("hourlyRate", num(draft.hourlyRate, at("hourlyRate")));
  put("amount", num(draft.amount, at("amount")));
  const supplements: Record<string, number> = {};
  for (const k of SUPPLEMENT_FIELDS) {
    const v = num(draft.supplements[k], at(`supplements.${k}`));
    if (v !== undefined) supplements[k] = v;
  }
  if (Object.keys(supplements).length) budget["supplements"] = supplements;
  put("oncall", num(draft.oncall, at("oncall")));
  if (draft.pension === "custom") {
    budget["pension"] = {
      onBase: required(draft.pensionOnBase, at("pension.onBase")),
      onSupplements: required(draft.pensionOnSupplements, at("pension.onSupplements")),
    };
  } else if (draft.pension !== "") budget["pension"] = draft.pension;
  const currency = draft.currency.trim().toUpperCase();
  if (currency) budget["currency"] = currency;

  const { pools: _pools, timeAccount: _account, budget: _budget, ...rest } = grant;
  return {
    grant: {
      ...rest,
      ...(pools.length ? { pools } : {}),
      ...(draft.timeAccount ? { timeAccount: true } : {}),
      ...(Object.keys(budget).length ? { budget } : {}),
    },
    issues,
  };
}

/**
 * The draft with its staff-meeting pool set by Nyborg § 32 for `assistants` assistants (the
 * meeting row replaced, or added at the end), and the hours it gives.
 */
export function withNyborgPool(
  draft: GrantDraft,
  assistants: number,
  note: string,
  decimal = ".",
): { readonly draft: GrantDraft; readonly hours: number; readonly row: number } {
  const pool = nyborgMeetingPool(assistants);
  const next: PoolDraft = {
    purpose: "meeting",
    hours: String(pool.hours).replace(".", decimal),
    per: pool.per,
    note,
  };
  const found = draft.pools.findIndex((p) => p.purpose === "meeting");
  const row = found < 0 ? draft.pools.length : found;
  const pools =
    found < 0 ? [...draft.pools, next] : draft.pools.map((p, i) => (i === found ? next : p));
  return { draft: { ...draft, pools }, hours: pool.hours, row };
}
