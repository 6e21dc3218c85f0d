//! `checkCaseload(mentor)`: citizens per full-time-equivalent mentor, granted hours against the
//! mentor's hours, and the band the evaluation uses.
//!
//! Case 6: "De fuldtidsansatte mentorer har højest ansvar for 15 borgere ad gangen" (37 hours a
//! week; part-time pro rata, so an 18.5-hour mentor has 7.5). The evaluation (seed 002, table 24)
//! groups municipalities at 10-14, 15-19 and 20+ citizens per full-time mentor; 20+ was a
//! deliberate experiment. These are practice, not law: findings are warnings.

use serde::Serialize;

use crate::fields::Fields;
use crate::finding::{Arg, Finding, Note, Severity, Source};
use crate::rules::caseload;
use crate::rules::Rule;
use crate::value::Value;
use crate::{Lang, RulesetChoice};

/// What `checkCaseload` returns.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CaseloadResult {
    /// No error among the findings.
    pub ok: bool,
    /// Citizens per full-time-equivalent mentor, when the hours and citizens are known.
    pub citizens_per_full_time: Option<f64>,
    /// The most citizens this mentor should carry (the limit, pro rata).
    pub max_citizens: Option<f64>,
    /// The sum of the citizens' granted hours a week.
    pub granted_hours: Option<f64>,
    /// `10-14`, `15-19` or `20+` (the evaluation's groups, table 24); `None` below 10, which
    /// is fewer than the evaluation's lowest group, not a group of its own.
    pub band: Option<&'static str>,
    /// The findings.
    pub findings: Vec<Finding>,
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn band(per_fte: f64) -> Option<&'static str> {
    match per_fte {
        x if x < 10.0 => None,
        x if x < 15.0 => Some("10-14"),
        x if x < 20.0 => Some("15-19"),
        _ => Some("20+"),
    }
}

/// `{ hoursPerWeek, citizens: [{ grantedHoursPerWeek }] | number, asOf? }`.
pub fn check(
    m: &Value,
    lang: Lang,
    ruleset: &RulesetChoice,
    mut notes: Vec<Note>,
) -> CaseloadResult {
    let rs = match crate::ruleset::judge_by(ruleset, &mut notes) {
        Ok(rs) => rs,
        Err(_) => {
            let findings: Vec<Finding> = notes.into_iter().map(|n| n.render(lang)).collect();
            return CaseloadResult {
                ok: false,
                citizens_per_full_time: None,
                max_citizens: None,
                granted_hours: None,
                band: None,
                findings,
            };
        }
    };
    let mut f = Fields::default();
    let mut out = Vec::new();
    let on = f.date(m, "asOf", "asOf").unwrap_or(chrono::NaiveDate::MIN);
    let hours = match m.get("hoursPerWeek") {
        // From 0,01 hours: the messages show two decimals, and a mentor's hours below that read
        // "0 timer" and made the citizens per full-time mentor overflow.
        Some(Value::Number(h)) if h.is_finite() && *h >= 0.01 && *h <= 168.0 => Some(*h),
        Some(v) if !v.is_blank() => {
            f.wrong_type("hoursPerWeek", "expectedHours", v);
            None
        }
        _ => {
            out.push(Note::new(
                Rule::CaseloadRequired,
                "hoursPerWeek",
                Severity::Error,
                Some("hoursPerWeek"),
            ));
            None
        }
    };
    // Citizens: a list with granted hours, or just a number.
    let (count, granted) = match m.get("citizens") {
        Some(Value::Number(n)) if n.fract() == 0.0 && *n >= 0.0 && *n <= 10_000.0 => {
            (Some(*n), None)
        }
        Some(Value::Array(items)) => {
            let mut sum = 0.0;
            let mut all = true;
            for (i, c) in items.iter().enumerate() {
                match c.get("grantedHoursPerWeek") {
                    // At most a week's 168 hours each, so the sum stays finite.
                    Some(Value::Number(h)) if h.is_finite() && *h >= 0.0 && *h <= 168.0 => sum += h,
                    Some(v) if !v.is_blank() => {
                        f.wrong_type(
                            &format!("citizens.{i}.grantedHoursPerWeek"),
                            "expectedHours",
                            v,
                        );
                        all = false;
                    }
                    _ => all = false,
                }
            }
            (Some(items.len() as f64), all.then_some(sum))
        }
        Some(v) if !v.is_blank() => {
            f.wrong_type("citizens", "expectedList", v);
            (None, None)
        }
        _ => {
            out.push(Note::new(
                Rule::CaseloadRequired,
                "citizens",
                Severity::Error,
                Some("citizens"),
            ));
            (None, None)
        }
    };

    let full_time = rs.parameter("mentor.fullTimeHours", on);
    let limit = rs.parameter("mentor.caseloadPerFullTime", on);
    let mut per_fte = None;
    let mut max_citizens = None;
    if let (Some(h), Some(n), Some((ft, _))) = (hours, count, full_time) {
        let fte = h / ft;
        per_fte = Some(round2(n / fte));
        if let Some((lim, source)) = limit {
            let max = round2(lim * fte);
            max_citizens = Some(max);
            if n > max {
                out.push(
                    Note::new(
                        Rule::CaseloadPerFullTime,
                        "over",
                        Severity::Warning,
                        Some("citizens"),
                    )
                    .arg("count", Arg::Count(n as i64, "citizen"))
                    .arg("max", Arg::Amount(max, "citizen"))
                    .arg("hours", Arg::Amount(h, "hour"))
                    .arg("limit", Arg::Count(lim as i64, "citizen"))
                    .source(source),
                );
            }
        }
    }
    if let (Some(h), Some(g)) = (hours, granted) {
        if g > h {
            out.push(
                Note::new(Rule::CaseloadHours, "over", Severity::Warning, Some("citizens"))
                    .arg("granted", Arg::Amount(round2(g), "hour"))
                    .arg("hours", Arg::Amount(h, "hour"))
                    .source(&Source::new(caseload::HOURS_CASE6.0, caseload::HOURS_CASE6.1)),
            );
        }
    }
    let b = per_fte.and_then(band);
    if let Some(x) = per_fte {
        let variant = match b {
            None => "belowGroups",
            Some("20+") => "experiment",
            Some(_) => "band",
        };
        out.push(
            Note::new(Rule::CaseloadBand, variant, Severity::Info, Some("citizens"))
                .arg("perFullTime", Arg::Amount(x, "citizen"))
                .arg("band", Arg::Text(b.unwrap_or("10-14").to_string()))
                .source(&Source::new(caseload::BAND_TABLE.0, caseload::BAND_TABLE.1)),
        );
    }
    notes.extend(f.notes);
    notes.extend(out);
    let findings: Vec<Finding> = notes.into_iter().map(|n| n.render(lang)).collect();
    CaseloadResult {
        ok: !findings.iter().any(|f| f.severity == Severity::Error),
        citizens_per_full_time: per_fte,
        max_citizens,
        granted_hours: granted.map(round2),
        band: b,
        findings,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    use crate::messages::decimal;

    #[test]
    fn decimals_per_language() {
        assert_eq!(decimal(7.5, Lang::Da), "7,5");
        assert_eq!(decimal(7.5, Lang::En), "7.5");
        assert_eq!(decimal(15.0, Lang::Da), "15");
        assert_eq!(decimal(16.22, Lang::Da), "16,22");
        assert_eq!(decimal(16.05, Lang::Da), "16,05");
    }

    #[test]
    fn bands() {
        assert_eq!(band(9.99), None, "no group below the evaluation's lowest");
        assert_eq!(band(10.0), Some("10-14"));
        assert_eq!(band(14.99), Some("10-14"));
        assert_eq!(band(15.0), Some("15-19"));
        assert_eq!(band(20.0), Some("20+"));
    }
}
