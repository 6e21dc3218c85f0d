/** A date as `YYYY-MM-DD`. */
export type IsoDate = string;
/** Message language; Danish is the default. */
export type Lang = "da" | "en";

/** A referral as a form holds it, half filled in or whole. Every field is optional. */
export interface Referral {
  /** The date the check is made as of: the planned course start or the referral date. */
  referenceDate?: IsoDate | null;
  /** The planned end of the course; without it, the reference date plus the course's minimum length. */
  plannedEnd?: IsoDate | null;
  citizen?: Citizen | null;
  barriers?: Barrier[] | null;
  openToGroupWork?: boolean | null;
  canDescribeOwnBarriers?: boolean | null;
  /** `{ present: false }`: no abuse. Absent, or without a boolean `present`: not answered. */
  substanceAbuse?: SubstanceAbuse | null;
}

export interface Citizen {
  /** `DDMMYY-SSSS` or ten digits. Never echoed: findings name the field, not the number. */
  cpr?: string | null;
  birthDate?: IsoDate | null;
  /** `"kontanthjaelp"` or another benefit. */
  benefit?: string | null;
  visitationCategory?: VisitationCategory | null;
}

export type VisitationCategory = "jobparat" | "aktivitetsparat" | "uddannelsesparat" | "ikke_visiteret";
export type BarrierKind = "adhd" | "anxiety" | "depression" | "other";
export type BarrierSeverity = "mild" | "moderate" | "severe";

export interface Barrier {
  kind?: BarrierKind | null;
  severity?: BarrierSeverity | null;
}

export interface SubstanceAbuse {
  present?: boolean | null;
  inTreatment?: boolean | null;
  treatmentStart?: IsoDate | null;
  treatmentEnd?: IsoDate | null;
  lastUse?: IsoDate | null;
}

/** The second argument of every check. */
export interface Options {
  lang?: Lang;
  /** A changed copy of `defaultRuleset()`; omitted means the embedded default. */
  ruleset?: Ruleset;
}

export type Severity = "error" | "warning" | "info";

/** Where a rule comes from. */
export interface Source {
  title: string;
  ref: string;
}

export interface Finding {
  /** Stable rule id, e.g. `target.age`. */
  rule: string;
  severity: Severity;
  /** Dotted path into the input, or `null` for the input as a whole. */
  field: string | null;
  /** In the requested language. */
  message: string;
  source: Source;
}

export type CriterionRule =
  | "target.age"
  | "target.barrier"
  | "target.openness"
  | "target.selfReflection"
  | "target.benefit"
  | "abuse.treatment"
  | "abuse.sobriety";

export interface Criterion {
  rule: CriterionRule;
  status: "met" | "not_met" | "unknown";
  field: string;
}

export interface RulesetStamp {
  id: string;
  version: string;
  /** The reference date the check was made as of. */
  asOf: IsoDate | null;
}

export interface ReferralResult {
  outcome: "eligible" | "not_eligible" | "incomplete";
  /** The first date on which time alone makes the citizen eligible. */
  eligibleFrom: IsoDate | null;
  criteria: Criterion[];
  findings: Finding[];
  ruleset: RulesetStamp;
}

/** A rule's setting with its citation. */
export interface Sourced {
  source: Source;
}

export interface Ruleset {
  id: string;
  version: string;
  title?: string;
  targetGroup: {
    age: Sourced & { min: number; max: number };
    barriers: Sourced & { kinds: BarrierKind[]; severities: BarrierSeverity[] };
    openToGroupWork: Sourced & { required: boolean };
    canDescribeOwnBarriers: Sourced & { required: boolean };
    benefit: Sourced & { accepted: string[] };
    substanceAbuse: Sourced & { treatmentRequired: boolean; sobrietyMonths: number };
    visitationCategory: Sourced & { warn: VisitationCategory[] };
    course: Sourced & { minWeeks: number };
  };
  /** Dated legal parameters by id, e.g. `mentor.maxPeriodMonths`. */
  parameters: Record<string, DatedParameter>;
}

export interface DatedParameter {
  unit: string;
  /** In order of `from`; `from: null` only first ("as far back as this ruleset reaches"). */
  values: Array<{ from: IsoDate | null; value: number | null; source: Source }>;
}

export interface CatalogueRule {
  rule: string;
  /** Texts by variant; `{name}` marks an argument. `missing` is shown while a criterion's input is empty. */
  texts: Record<string, string>;
  source: Source;
}

export interface Catalogue {
  lang: Lang;
  rules: CatalogueRule[];
}

export interface Versions {
  package: string;
  rulesetId: string;
  rulesetVersion: string;
}
