/** A date as `YYYY-MM-DD`. */
export type IsoDate = string;
/** Message language; Danish is the default. */
export type Lang = "da" | "en";

// BEGIN GENERATED from the declarations of shapes (src/ruleset.rs, src/rules/target_group.rs); run scripts/generate
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

/** The criteria `checkReferral` judges, in its order. */
export type CriterionRule =
  | "target.age"
  | "target.barrier"
  | "target.openness"
  | "target.selfReflection"
  | "target.benefit"
  | "abuse.treatment"
  | "abuse.sobriety";

export type BarrierKind = "adhd" | "anxiety" | "depression" | "other";
export type BarrierSeverity = "mild" | "moderate" | "severe";
export type VisitationCategory = "jobparat" | "aktivitetsparat" | "uddannelsesparat" | "ikke_visiteret";

/** A rule's setting with its citation. */
export interface Sourced {
  source: Source;
}

/** A whole ruleset: a copy of `defaultRuleset()`, possibly changed. */
export interface Ruleset {
  /** Stable id, e.g. `mestring-katalog-2013`. */
  id: string;
  /** Version of this ruleset. */
  version: string;
  /** A title for people; nothing depends on it. */
  title?: string;
  /** The target group. */
  targetGroup: TargetGroupRules;
  /** The course: phases, teaching days, team, cadence. */
  course: CourseRules;
  /** Dated parameters by id, e.g. `mentor.maxPeriodMonths`. Every legal one is required. */
  parameters: { [K in LegalParameterId]: DatedParameter } & { [K in PracticeParameterId]?: DatedParameter };
  /** When the legal parameters were checked and the last date they are known to apply. */
  law: LawStatus;
}

/** The target group (catalogue figure 2 in the default). Each criterion's values with the source that decides them: the catalogue's, or a municipality's own decision. */
export interface TargetGroupRules {
  /** `target.age`: the age range. */
  age: AgeRule;
  /** `target.barrier`: the barriers that qualify. */
  barriers: BarrierRule;
  /** `target.openness`: whether openness to group work is required. */
  openToGroupWork: RequiredAnswer;
  /** `target.selfReflection`: whether describing one's own barriers is required. */
  canDescribeOwnBarriers: RequiredAnswer;
  /** `target.benefit`: the benefits that qualify. */
  benefit: BenefitRule;
  /** `abuse.treatment` and `abuse.sobriety`. */
  substanceAbuse: SubstanceAbuseRule;
  /** `target.category`: the visitation categories that get a warning. */
  visitationCategory: CategoryWarning;
  /** The course's shortest length, for `target.ageDuringCourse`. */
  course: CourseLength;
}

/** The age range, in completed years on the reference date. */
export interface AgeRule {
  /** Youngest age. */
  min: number;
  /** Oldest age (eligible until the day before the next birthday). */
  max: number;
  /** Its citation. */
  source: Source;
}

/** The barriers that qualify: some barrier of a listed kind and severity. */
export interface BarrierRule {
  /** Kinds that qualify. */
  kinds: BarrierKind[];
  /** Severities that qualify. */
  severities: BarrierSeverity[];
  /** Its citation. */
  source: Source;
}

/** A yes/no answer that is required or not. */
export interface RequiredAnswer {
  /** Whether the answer must be yes. */
  required: boolean;
  /** Its citation. */
  source: Source;
}

/** The benefits that qualify. */
export interface BenefitRule {
  /** A code qualifies always; `{ code, from, to }` only in its period (uddannelseshjælp 2014-01-01 to 2025-06-30). */
  accepted: Array<string | { code: string; from?: IsoDate | null; to?: IsoDate | null }>;
  /** Its citation. */
  source: Source;
}

/** Substance abuse: treatment and sobriety. */
export interface SubstanceAbuseRule {
  /** Whether a citizen with a substance abuse must be in treatment. */
  treatmentRequired: boolean;
  /** Calendar months without use. */
  sobrietyMonths: number;
  /** Its citation. */
  source: Source;
}

/** The visitation categories that get a warning. */
export interface CategoryWarning {
  /** Categories that get the warning. */
  warn: VisitationCategory[];
  /** Its citation. */
  source: Source;
}

/** The course's shortest length. */
export interface CourseLength {
  /** Weeks. */
  minWeeks: number;
  /** Its citation. */
  source: Source;
}

/** The course's rules (catalogue p. 4-5, 9, 11-23). */
export interface CourseRules {
  /** Teaching days a week in the teaching phase. */
  teachingDaysPerWeek: Sourced & { value: number };
  /** Teaching days a week during the internship. */
  internshipTeachingDaysPerWeek: Sourced & { value: number };
  /** Months between status meetings. */
  statusMeetingMonths: Sourced & { value: number };
  /** Days between mentor reports. */
  mentorReportDays: Sourced & { value: number };
  /** Team size: allowed and recommended. */
  team: TeamSizeRules;
  /** How far one participant may stand out from the others. */
  teamComposition: TeamComposition;
  /** Whether the internship agreement should be in place before teaching starts (warning). */
  internshipAgreementBeforeTeaching: RequiredAnswer;
  /** Aftercare levels allowed. */
  aftercareLevels: AftercareLevels;
  /** The profiles by id: `playbook` and `recommended` at least. */
  profiles: Record<string, ProfileRules>;
}

/** Team size: outside min..max departs from the profile (error), outside the recommended range from a recommendation (warning). */
export interface TeamSizeRules {
  /** Fewest participants allowed. */
  min: number;
  /** Most participants allowed. */
  max: number;
  /** Fewest recommended. */
  recommendedMin: number;
  /** Most recommended. */
  recommendedMax: number;
  /** Its citation. */
  source: Source;
}

/** How far one participant may stand out from the others. */
export interface TeamComposition {
  /** How many years one participant's age may differ from the median of the others. */
  maxYearsFromOthers: number;
  /** Its citation. */
  source: Source;
}

/** The aftercare levels allowed. */
export interface AftercareLevels {
  /** Lowest level. */
  min: number;
  /** Highest level. */
  max: number;
  /** Its citation. */
  source: Source;
}

/** A rule profile: `playbook` (the course as the playbook defines it) or `recommended` (the catalogue's adjustments). */
export interface ProfileRules {
  /** Preparation weeks. */
  preparation: PhaseRange;
  /** Teaching weeks. */
  teaching: PhaseRange;
  /** Internship-and-follow-up weeks. */
  internship: PhaseRange;
  /** Where the profile comes from. */
  source: Source;
}

/** A phase's length in weeks under a profile: outside min..max departs from the profile (error), outside the recommended range from a recommendation (warning). */
export interface PhaseRange {
  /** Shortest allowed. */
  min: number;
  /** Longest allowed. */
  max: number;
  /** Shortest recommended. */
  recommendedMin: number;
  /** Longest recommended. */
  recommendedMax: number;
  /** What `planCourse` uses when no length is given. */
  default: number;
}

/** When the legal parameters were last checked against consolidated law, and the last date they are known to apply (a new main law is announced for 1 January 2027). */
export interface LawStatus {
  /** The date the legal parameters were last checked. */
  checkedOn: IsoDate;
  /** The last date they are known to apply; after it a result carries `law.unverified`. */
  knownUntil: IsoDate;
  /** What is known of the law after that date. */
  source: Source;
}

export interface DatedParameter {
  unit: string;
  /** `law` for a legal parameter (required, cannot be switched off), `practice` otherwise. */
  kind: "law" | "practice";
  /** In order of `from`; `from: null` only first ("as far back as this ruleset reaches"). */
  values: Array<{
    from: IsoDate | null;
    /** Last day the value applies (inclusive); none: until the next value. */
    to?: IsoDate | null;
    /** `null`: no rule from that date. */
    value: number | null;
    /** `false` where the wording of the law could not be confirmed: warnings, never errors. */
    confirmed?: boolean;
    source: Source;
  }>;
}

/** Every dated parameter a ruleset gives (`parameters`); the legal ones are required. */
export type ParameterId = LegalParameterId | PracticeParameterId;

/** The legal parameters: a ruleset cannot leave out the law. */
export type LegalParameterId =
  | "mentor.maxPeriodMonths"
  | "mentor.psychiatricMonthsBeforeDischarge"
  | "mentor.psychiatricMonthsInAll"
  | "mentor.maxContactIntervalDays"
  | "internship.maxWeeks.aktivitetsparat"
  | "internship.maxWeeks.jobparat"
  | "internship.maxWeeks.jobparatWithoutExperience"
  | "internship.maxWeeksExtended"
  | "internship.furtherExtensionWeeks"
  | "internship.maxHoursPerWeek";

/** A municipality's practice: a ruleset may leave these out. */
export type PracticeParameterId =
  | "course.mentorContactIntervalDays"
  | "mentor.caseloadPerFullTime"
  | "mentor.fullTimeHours";
// END GENERATED

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
  /** Stable rule id, e.g. `target.age`; `input.unknown` (severity `info`) names a field the
   * check does not read, and the nearest one it does. */
  rule: string;
  severity: Severity;
  /** Dotted path into the input, or `null` for the input as a whole. */
  field: string | null;
  /** In the requested language. */
  message: string;
  /** Frozen, and shared by every finding that cites the same source: copy it to change it. */
  source: Readonly<Source>;
}

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

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export type PhaseId = "preparation" | "teaching" | "internship" | "aftercare";
export type Profile = "recommended" | "playbook";

/** The input of `planCourse`. */
export interface PlanInput {
  /** First day of the course (preparation). */
  start?: IsoDate | null;
  /** Default `recommended`. */
  profile?: Profile | string | null;
  /** Whole weeks per phase, 1-104 (0 is refused: a phase has at least a week); defaults from the profile. */
  weeks?: { preparation?: number; teaching?: number; internship?: number } | null;
  /** Weekdays of the teaching phase; default Monday-Thursday. */
  teachingWeekdays?: Weekday[] | null;
  /** The weekly teaching day during the internship; default the first teaching weekday. */
  internshipTeachingWeekday?: Weekday | null;
  /** Level 1 (and 2 with `continuesInternship`) continues the internship: its weeks count toward § 61. */
  aftercare?: { weeks?: number; level?: number; continuesInternship?: boolean } | null;
  /** Catalogue p. 22: the internship starts 1 or 2 whole weeks after teaching ends. */
  postponeInternship?: PostponeInternship | null;
  teamSize?: number | null;
  internshipAgreementDate?: IsoDate | null;
  /** Needed for an internship beyond 12 weeks (p. 9) and 13 weeks (§ 61 stk. 2). */
  internshipAssessment?: InternshipAssessment | null;
}

export interface PostponeInternship {
  weeks: 1 | 2;
  reason: string;
}

/** A further § 61 stk. 2 period beyond 26 weeks: a "helt særligt behov", at most 13 weeks. */
export interface FurtherExtension {
  justification: string;
  weeks: number;
}

export interface InternshipAssessment {
  date?: IsoDate | null;
  justification?: string | null;
  further?: FurtherExtension[] | null;
}

export interface PlanPhase {
  phase: PhaseId;
  start: IsoDate;
  end: IsoDate;
  weeks?: number;
  /** Aftercare level 1-3. */
  level?: number;
  /** Aftercare at level 2 that continues the internship. */
  continuesInternship?: boolean;
}

/** A plan as `checkPlan` reads it: what `planCourse` returns, possibly edited. */
export interface Plan {
  profile?: Profile | string | null;
  phases?: PlanPhase[] | null;
  teachingWeekdays?: Weekday[] | null;
  teachingDays?: IsoDate[] | null;
  teamSize?: number | null;
  participants?: Participant[] | null;
  internshipAgreementDate?: IsoDate | null;
  internshipAssessment?: InternshipAssessment | null;
  postponeInternship?: PostponeInternship | null;
}

export interface PlanWeek {
  start: IsoDate;
  isoWeek: number;
  phase: "teaching" | "internship";
  planned: number;
  actual: number;
  holidays: Array<{ date: IsoDate; id: string; name: string }>;
}

export interface PlanResult {
  profile: string;
  start: IsoDate | null;
  /** Last day of the internship and follow-up. */
  end: IsoDate | null;
  /** Weeks from the start to the end of the internship (aftercare not counted). */
  totalWeeks: number;
  phases: PlanPhase[];
  teachingWeekdays: Weekday[];
  internshipTeachingWeekday: Weekday;
  teachingDays: IsoDate[];
  /** Week by week, the teaching and internship weeks. */
  calendar: PlanWeek[];
  statusMeetings: IsoDate[];
  mentorReports: IsoDate[];
  teamSize: number | null;
  internshipAgreementDate: IsoDate | null;
  /** Only the fields read and checked. */
  internshipAssessment: InternshipAssessment | null;
  postponeInternship?: { weeks: number; reason: string | null };
  findings: Finding[];
}

export interface Participant {
  birthDate?: IsoDate | null;
  age?: number | null;
}

export interface Team {
  /** Ages are taken as of this date. */
  referenceDate?: IsoDate | null;
  size?: number | null;
  participants?: Participant[] | null;
}

export interface CheckResult {
  /** No error among the findings. */
  ok: boolean;
  findings: Finding[];
}

export type ParticipantPhase =
  | "referred"
  | "preparing"
  | "teaching"
  | "interning"
  | "aftercare"
  | "completed"
  | "referredBack"
  | "droppedOut";

/** The catalogue's internship agreement guide (p. 17) with the law's limits: what `checkInternshipAgreement` reads. */
export interface InternshipAgreement {
  citizen?: { name?: string | null; cpr?: string | null } | null;
  /** Dato: when the agreement was made; the law is read as of this date. */
  madeOn?: IsoDate | null;
  /** Formål: what is to be clarified or upgraded. */
  purpose?: string | null;
  /** One of the three legal purposes. */
  purposeType?: "ordinaryHours" | "skills" | "clarification" | null;
  /** Vilkår: expectations for meeting times and hours. */
  terms?: string | null;
  hoursPerWeek?: number | null;
  /** Støttebehov og muligheder. */
  supportNeeds?: string | null;
  supportNetwork?: string | null;
  supportWhen?: string | null;
  /** Alarmklokker. */
  warningSigns?: string | null;
  crisisSupport?: string | null;
  /** Praktikønsker. */
  wishes?: string | null;
  companyKind?: string | null;
  /** Videreformidling af oplysninger: what the company must and may know, written out. */
  disclosure?: string | null;
  /** Samtykke. */
  consent?: boolean | null;
  category?: "aktivitetsparat" | "jobparat" | null;
  withoutWorkExperience?: boolean | null;
  start?: IsoDate | null;
  end?: IsoDate | null;
  /** Needed beyond the category's limit (13 weeks aktivitetsparat, 4 jobparat). */
  /** Beyond the 13-week limit a concrete assessment; beyond 26 weeks further periods (§ 61 stk. 2). */
  extension?: { justification?: string | null; further?: FurtherExtension[] | null } | null;
  /** The weekly teaching day is agreed with the company. */
  teachingDayAgreed?: boolean | null;
  [field: string]: unknown;
}

export interface MentorAgreement {
  /** The law is read as of this date; default `madeOn`, else `start`. */
  referenceDate?: IsoDate | null;
  /** The date the agreement was made in writing. */
  madeOn?: IsoDate | null;
  goal?: string | null;
  start?: IsoDate | null;
  end?: IsoDate | null;
  hoursPerWeek?: number | null;
  mentor?: { name?: string | null; contact?: string | null } | null;
  tasks?: string | string[] | null;
  /** § 167 stk. 2: support may start up to 3 months before discharge and run until 6 months after it. */
  dischargedFromPsychiatricAdmission?: IsoDate | null;
  /** Days between contacts of mentor and citizen. */
  contactIntervalDays?: number | null;
  /** The citizen gets mentor support because they cannot take part in other offers. */
  cannotTakePartInOtherOffers?: boolean | null;
  /** A new period after an earlier one: needs `concreteAssessment`. */
  renewal?: boolean | null;
  concreteAssessment?: string | null;
  /** The cadence is judged as of this date (default `referenceDate`). */
  asOf?: IsoDate | null;
  held?: {
    startMeeting?: IsoDate | null;
    statusMeetings?: Array<{ date: IsoDate; statusForm?: boolean }> | null;
    reports?: IsoDate[] | null;
  } | null;
}

export interface SupplierAgreement {
  supplier?: { name?: string | null } | null;
  madeOn?: IsoDate | null;
  /** Hours per task, e.g. absence follow-up. */
  tasks?: Array<{ task?: string | null; hours?: number | null }> | null;
  providesMentorSupport?: boolean | null;
  mentorHours?: number | null;
  internshipResponsibility?: string | null;
  documentation?: { what?: string | null; frequency?: string | null } | null;
  weeklyPhoneMeeting?: { weekday?: string | null; time?: string | null } | null;
  contactPerson?: { name?: string | null; contact?: string | null } | null;
}

export interface AgreementResult {
  /** Nothing blocks the agreement: no error among the findings. */
  complete: boolean;
  findings: Finding[];
  /** Mentor agreements: the meetings and reports the cadence asks for. */
  schedule?: { startMeeting: IsoDate; statusMeetings: IsoDate[]; reports: IsoDate[] };
}

export interface MentorCaseload {
  hoursPerWeek?: number | null;
  /** A number, or the citizens with their granted hours. */
  citizens?: number | Array<{ grantedHoursPerWeek?: number | null }> | null;
  /** The limits are read as of this date. */
  asOf?: IsoDate | null;
}

export interface CaseloadResult {
  ok: boolean;
  citizensPerFullTime: number | null;
  maxCitizens: number | null;
  grantedHours: number | null;
  /** The evaluation's group (table 24); `null` below 10, fewer than its lowest group. */
  band: "10-14" | "15-19" | "20+" | null;
  findings: Finding[];
}

/** A participant's state: plain JSON, kept by the portal. Unknown fields are kept as they are. */
export interface ParticipantState {
  phase: ParticipantPhase;
  history?: Array<{ from: ParticipantPhase; to: ParticipantPhase; event: WorkflowEvent["type"]; date: IsoDate }>;
  assessment?: { outcome: ReferralResult["outcome"]; asOf: IsoDate | null; ruleset: string };
  override?: { justification: string; outcome: string; date?: IsoDate; [field: string]: unknown };
  plan?: Plan;
  /** Kept with the citizen's CPR number masked (`150399-xxxx`). */
  internshipAgreement?: InternshipAgreement;
  mentorSupportNeed?: { assessedOn: IsoDate | null };
  aftercareLevel?: number;
  referredBack?: { reason: string; decidedWith: string[] };
  droppedOut?: { reason: string | null };
  [field: string]: unknown;
}

export type WorkflowEvent =
  | { type: "startPreparation"; date: IsoDate; referral?: Referral; override?: { justification: string; [field: string]: unknown } }
  | { type: "startTeaching"; date: IsoDate; plan?: Plan; internshipAgreement?: InternshipAgreement; mentorSupportNeed?: { assessedOn: IsoDate } }
  | { type: "startInternship"; date: IsoDate; internshipAgreement?: InternshipAgreement }
  | { type: "startAftercare"; date: IsoDate; level: number }
  | { type: "complete"; date: IsoDate }
  | { type: "referBack"; date: IsoDate; reason: string; decidedWith?: Array<"citizen" | "teacher" | "caseworker" | string> }
  | { type: "dropOut"; date: IsoDate; reason?: string };

export interface TransitionResult {
  ok: boolean;
  /** The new state, or the state as it was when refused. */
  state: ParticipantState;
  findings: Finding[];
}
