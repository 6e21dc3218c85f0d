//! The participant's phases and what may happen in each (Inspirationskatalog, forløbets faser,
//! s. 4, 11-23). The logic is in `crate::workflow`.

use crate::rules::*;

/// This file's rules in the catalogue's order, each a `Rule` variant and its entry: `rules/mod.rs`
/// collects every file's list into the `Rule` enum, so a new rule is one line here.
macro_rules! workflow_rules {
    ($then:ident [$($done:tt)*] $($next:ident)*) => {
        $then! { [$($done)*
            WorkflowState => workflow::STATE,
            WorkflowEvent => workflow::EVENT,
            WorkflowNotAllowed => workflow::NOT_ALLOWED,
            WorkflowEligibility => workflow::ELIGIBILITY,
            WorkflowOverride => workflow::OVERRIDE,
            WorkflowPlan => workflow::PLAN,
            WorkflowInternshipAgreement => workflow::INTERNSHIP_AGREEMENT,
            WorkflowReferBack => workflow::REFER_BACK,
            WorkflowMentorSupportNeed => workflow::MENTOR_SUPPORT_NEED,
        ] $($next)* }
    };
}

/// `workflow.state`: The state a transition starts from must name the citizen's phase.
pub static STATE: RuleEntry = RuleEntry {
    rule: "workflow.state",
    source: WORKFLOW,
    parameters: &[],
    also: &[],
    texts: &[t(
        "noPhase",
        "Forløbets status mangler borgerens fase, fx \"referred\" (henvist).",
        "The state has no phase for the citizen, e.g. \"referred\".",
    )],
};

/// `workflow.event`: An event has a type and a date, not before the last one.
pub static EVENT: RuleEntry = RuleEntry {
    rule: "workflow.event",
    source: WORKFLOW,
    parameters: &[],
    also: &[],
    texts: &[
        t("noType", "Angiv hændelsens type.", "Give the event's type."),
        t("noDate", "Angiv hændelsens dato.", "Give the event's date."),
        t(
            "beforeLast",
            "Hændelsen ligger før den seneste i forløbet ({date}). Angiv en dato fra {date}.",
            "The event is before the latest one in the history ({date}). Give a date from {date}.",
        ),
    ],
};

/// `workflow.notAllowed`: The phases come in the catalogue's order (forberedelse, undervisning,
/// praktik og opfølgning, efterværn; s. 4, 11-23): an event is allowed only from the phases it
/// follows.
pub static NOT_ALLOWED: RuleEntry = RuleEntry {
    rule: "workflow.notAllowed",
    source: WORKFLOW,
    parameters: &[],
    also: &[],
    texts: &[t(
        "from",
        "Borgeren er {phase}, så {event} kan ikke registreres nu.",
        "The citizen is {phase}, so {event} cannot be recorded now.",
    )],
};

/// `workflow.eligibility`: Starting the course requires a referral that fits the target group
/// (figure 2, s. 13), judged again by the referral check.
pub static ELIGIBILITY: RuleEntry = RuleEntry {
    rule: "workflow.eligibility",
    source: CATALOGUE_FIG2,
    parameters: &[],
    also: &[],
    texts: &[
        t("notEligible", "Borgeren er ikke i målgruppen. Forberedelsen kan kun begynde med en begrundet afvigelse fra sagsbehandleren.", "The citizen is not in the target group. Preparation can only start with a justified override by the caseworker."),
        t("incomplete", "Henvisningen er ikke udfyldt nok til at vurdere målgruppen. Udfyld den, eller registrer en begrundet afvigelse.", "The referral is not filled in enough to judge the target group. Fill it in, or record a justified override."),
        t("missing", "Vedlæg henvisningen, så målgruppen kan vurderes, eller registrer en begrundet afvigelse.", "Attach the referral so the target group can be judged, or record a justified override."),
    ],
};

/// `workflow.override`: A caseworker may depart from a guard, with a written justification.
pub static OVERRIDE: RuleEntry = RuleEntry {
    rule: "workflow.override",
    source: WORKFLOW,
    parameters: &[],
    also: &[],
    texts: &[t(
        "justification",
        "Skriv en begrundelse for afvigelsen.",
        "Write a justification for the override.",
    )],
};

/// `workflow.plan`: Starting teaching requires a plan that passes the plan check (figure 1, s. 4,
/// 9).
pub static PLAN: RuleEntry = RuleEntry {
    rule: "workflow.plan",
    source: FIG1,
    parameters: &[],
    also: &[],
    texts: &[
        t(
            "missing",
            "Vedlæg forløbsplanen, før undervisningen begynder.",
            "Attach the course plan before teaching starts.",
        ),
        t(
            "errors",
            "Forløbsplanen har {count}, som skal rettes, før undervisningen begynder.",
            "The course plan has {count} to correct before teaching starts.",
        ),
    ],
};

/// `workflow.internshipAgreement`: Starting the internship requires a complete internship agreement
/// (the agreement guide, s. 17).
pub static INTERNSHIP_AGREEMENT: RuleEntry = RuleEntry {
    rule: "workflow.internshipAgreement",
    source: (CATALOGUE_TITLE, "s. 17, aftaleguide til virksomhedspraktik"),
    parameters: &["course.internshipAgreementBeforeTeaching"],
    also: &[],
    texts: &[
        t(
            "beforeTeaching",
            "Der er ingen praktikaftale. Den bør være på plads, inden undervisningen begynder.",
            "There is no internship agreement. It should be in place before teaching starts.",
        ),
        t(
            "missing",
            "Vedlæg praktikaftalen, før praktikken begynder.",
            "Attach the internship agreement before the internship starts.",
        ),
    ],
};

/// `workflow.referBack`: Referring a citizen back needs its reason, and the decision should be
/// taken in dialogue with the citizen, the teacher and the caseworker (s. 14).
pub static REFER_BACK: RuleEntry = RuleEntry {
    rule: "workflow.referBack",
    source: (CATALOGUE_TITLE, "s. 14"),
    parameters: &[],
    also: &[],
    texts: &[
        t("reason", "Skriv årsagen til tilbagevisiteringen.", "Write the reason for the referral back."),
        t("decision", "Beslutningen om tilbagevisitering bør altid tages i dialog mellem borgeren, underviseren, sagsbehandleren og eventuelt praktikstedet. Ikke registreret: {missing}.", "The decision to refer back should always be taken in dialogue between the citizen, the teacher, the caseworker and possibly the internship site. Not recorded: {missing}."),
    ],
};

/// `workflow.mentorSupportNeed`: "Omfanget af den enkelte deltagers støttebehov bør derfor vurderes
/// forud for forløbet" (Inspirationskatalog, s. 27; a recommendation).
pub static MENTOR_SUPPORT_NEED: RuleEntry = RuleEntry {
    rule: "workflow.mentorSupportNeed",
    source: ("Inspirationskatalog: Joborienteret mestringsforløb (Marselisborg 2013): \"Omfanget af den enkelte deltagers støttebehov bør derfor vurderes forud for forløbet\" (anbefaling)", "s. 27"),
    parameters: &[],
    also: &[],
    texts: &[
        t("notAssessed", "Registrér, hvornår borgerens behov for mentorstøtte er vurderet. Behovet bør vurderes, før forløbet begynder.", "Record when the citizen's need for mentor support was assessed. It should be assessed before the course starts."),
    ],
};
