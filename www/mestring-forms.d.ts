// Types of the drop-in forms glue (mestring-forms.js), shipped beside it in the package.
import type { Finding, InitInput, Ruleset, ReferralResult, AgreementResult, CaseloadResult, PlanResult, Lang } from './mestring.js';

/** The checks a form can name with data-mestring. */
export type CheckName = 'referral' | 'mentorAgreement' | 'internshipAgreement' | 'supplierAgreement' | 'plan' | 'caseload';
/** The design systems whose markup the glue writes (data-mestring-style). */
export type FormStyle = 'dkfds' | 'govuk' | 'bootstrap';
/** What the glue knows an input path holds. */
export type FieldType = 'boolean' | 'number' | 'list' | 'date';
/** The result of the form's check. */
export type FormResult = ReferralResult | AgreementResult | CaseloadResult | PlanResult;
/** The input object read from a form: what its check takes. */
export type FormInput = Record<string, unknown>;

export interface AttachOptions {
  /** Default: the form's data-mestring, else 'referral'. */
  check?: CheckName;
  /** Default: the page's lang ('en…' gives English), else Danish. */
  lang?: Lang;
  /** Errors block the submit (as data-mestring-block). */
  block?: boolean;
  /** Report only the fields the form has (one step of a multi-step form), as data-mestring-present-only. */
  presentOnly?: boolean;
  /** Default: the form's data-mestring-style, else 'dkfds'. */
  style?: FormStyle;
  ruleset?: Ruleset;
  /** Where mestring_bg.wasm is (for bundlers: `new URL('mestring/mestring_bg.wasm', import.meta.url)`). */
  moduleUrl?: InitInput | Promise<InitInput>;
  /** Fields the form does not hold, e.g. `{ referenceDate: '2027-01-04' }`. */
  values?: FormInput;
}

/** One problem that blocks a submit. */
export interface Problem {
  /** The field path (or `#id` of a control judged only by its native constraints). */
  path: string;
  message: string;
  /** `error`: the check; `date`: a date typed in parts; `native`: required, type, min/max, pattern; `missing`: not filled in. */
  kind: 'error' | 'date' | 'native' | 'missing';
  /** The control the summary links to; null for a message about the form as a whole. */
  element: HTMLElement | null;
}

export interface SubmitCheck {
  ok: boolean;
  problems: Problem[];
  result: FormResult | null;
  input: FormInput | null;
}

export interface FormHandle {
  /** False when the wasm could not load: the form keeps native validation and submits as before. */
  readonly available: boolean;
  /** Runs the check now (as after a keystroke). */
  validate(): FormResult | null;
  /** Runs the check as a submit attempt: shows the summary, moves focus to it, and returns the problems (for apps with their own submit handlers). */
  validate(options: { submit: true; focus?: boolean }): SubmitCheck;
  /** Removes listeners, messages, the summary's content and the status text the glue wrote. */
  detach(): void;
  readonly result: FormResult | null;
  readonly input: FormInput | null;
}

/** `detail` of the `mestring:result` event: the result with the input it was checked from. */
export type ResultDetail = FormResult & { input: FormInput };
/** `detail` of the `mestring:invalid` event. */
export type InvalidDetail = ResultDetail & { problems: Problem[] };

declare global {
  interface HTMLElementEventMap {
    'mestring:ready': CustomEvent<FormResult | null>;
    'mestring:result': CustomEvent<ResultDetail>;
    'mestring:invalid': CustomEvent<InvalidDetail>;
    'mestring:unavailable': CustomEvent<{ kind: string }>;
  }
}

/** Which input paths of each check are booleans, numbers, lists and dates (from the package's types). */
export const FIELD_TYPES: Readonly<Record<CheckName, Readonly<Record<string, FieldType>>>>;
/** The month names of the core's long dates (`20. januar 2027`), January first, in each language. */
export const MONTHS: Readonly<Record<Lang, readonly string[]>>;

/** Attaches live validation to a form; attaching again gives the same handle. */
export function attach(form: HTMLFormElement, options?: AttachOptions): Promise<FormHandle>;
/** Attaches to every `form[data-mestring]` of the page. */
export function attachAll(options?: AttachOptions): Promise<FormHandle[]>;
/** Attaches to every `form[data-mestring]` now and later added; returns a function that stops watching. */
export function observe(options?: AttachOptions, root?: Document | Element): () => void;
/** The input object the glue checks for `form`: send it to the server to check it there too. Never throws. */
export function readForm(form: HTMLFormElement, options?: { check?: CheckName; lang?: Lang; values?: FormInput }): FormInput;

export type { Finding };
