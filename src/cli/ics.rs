//! A course plan as an iCalendar file (RFC 5545). Content lines are folded at 75 octets, never
//! inside a UTF-8 character, a continuation line counting its leading space (3.1); text values
//! escape `\\`, `;`, `,` and line breaks (3.3.11). The output is fixed by the plan alone: UIDs
//! are made from the kind and date of an event, and DTSTAMP is the plan's start, not the clock.
//! (The `icalendar` crate was tried first: its 0.17 folds a continuation line to 76 octets.)

use std::fmt::Write;

use crate::date;
use crate::plan::PlanResult;
use crate::Lang;

/// One all-day event.
pub struct Day<'a> {
    /// Its kind, part of its UID (`teaching`, `status`, `report`).
    pub kind: &'a str,
    /// The date, `YYYY-MM-DD`.
    pub date: &'a str,
    /// The title.
    pub summary: &'a str,
    /// The text under it.
    pub description: &'a str,
}

/// A TEXT value escaped (RFC 5545 3.3.11).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded (RFC 5545 3.1) and ended with CRLF.
pub fn fold(line: &str, out: &mut String) {
    let mut room = 75;
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > room {
            out.push_str("\r\n ");
            room = 74;
            used = 0;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// The calendar of `days`, stamped with `stamp` (`YYYY-MM-DD`); lines end in CRLF.
pub fn calendar(days: &[Day], stamp: &str) -> String {
    let stamp = stamp.replace('-', "");
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//mestring//forloebsplan//DA",
        "CALSCALE:GREGORIAN",
    ] {
        fold(line, &mut out);
    }
    for d in days {
        let Ok(day) = date::parse_iso(d.date) else { continue };
        let next = day.succ_opt().unwrap_or(day);
        let (start, end) = (day.format("%Y%m%d"), next.format("%Y%m%d"));
        let mut event = String::new();
        let _ = write!(event, "UID:{}-{start}@mestring\nDTSTAMP:{stamp}T000000Z\nDTSTART;VALUE=DATE:{start}\nDTEND;VALUE=DATE:{end}", escape(d.kind));
        fold("BEGIN:VEVENT", &mut out);
        for line in event.lines() {
            fold(line, &mut out);
        }
        fold(&format!("SUMMARY:{}", escape(d.summary)), &mut out);
        fold(&format!("DESCRIPTION:{}", escape(d.description)), &mut out);
        fold("END:VEVENT", &mut out);
    }
    fold("END:VCALENDAR", &mut out);
    out
}

/// The plan's teaching days, status meetings and mentor reports as all-day events.
pub fn plan(p: &PlanResult, lang: Lang) -> String {
    let da = lang == Lang::Da;
    let profile = match (p.profile.as_str(), da) {
        ("playbook", true) => "drejebogens forløb",
        ("playbook", false) => "the playbook's course",
        (_, true) => "det anbefalede forløb",
        (_, false) => "the recommended course",
    };
    let span =
        format!("{} – {}", p.start.as_deref().unwrap_or("?"), p.end.as_deref().unwrap_or("?"));
    let text = |what_da: &str, what_en: &str| {
        if da {
            format!("{what_da}; {profile}, {span}; plan fra mestring, kilde: Inspirationskatalog, Joborienteret mestringsforløb for psykisk sårbare borgere (Marselisborg 2013)")
        } else {
            format!("{what_en}; {profile}, {span}; plan from mestring, source: Inspirationskatalog, Joborienteret mestringsforløb for psykisk sårbare borgere (Marselisborg 2013)")
        }
    };
    let teaching = text("Undervisningsdag", "Teaching day");
    let status = text(
        "Statusmøde med borger, mentor og sagsbehandler",
        "Status meeting with the citizen, mentor and caseworker",
    );
    let report = text("Mentoren sender sin rapport", "The mentor sends a report");
    let mut days = Vec::new();
    for d in &p.teaching_days {
        days.push(Day {
            kind: "teaching",
            date: d,
            summary: if da { "Undervisning" } else { "Teaching" },
            description: &teaching,
        });
    }
    for d in &p.status_meetings {
        days.push(Day {
            kind: "status",
            date: d,
            summary: if da { "Statusmøde" } else { "Status meeting" },
            description: &status,
        });
    }
    for d in &p.mentor_reports {
        days.push(Day {
            kind: "report",
            date: d,
            summary: if da { "Mentorrapport" } else { "Mentor report" },
            description: &report,
        });
    }
    calendar(&days, p.start.as_deref().unwrap_or("2000-01-01"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 5545 3.1: lines end in CRLF, are at most 75 octets, and a line that starts with a
    /// space continues the one before; 3.3.11: `\`, `;`, `,` and line breaks in text are escaped.
    #[test]
    fn folding_and_escaping_follow_rfc_5545() {
        let description = "Ærø, Æbelø; \\ og ny linje\nså én lang tekst: ".repeat(8);
        let ics = calendar(
            &[Day {
                kind: "teaching",
                date: "2027-03-01",
                summary: "Undervisning",
                description: &description,
            }],
            "2027-03-01",
        );
        assert!(ics.ends_with("\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
            assert!(!line.contains('\n') && !line.contains('\r'));
        }
        let unfolded = ics.replace("\r\n ", "");
        let line = unfolded.split("\r\n").find(|l| l.starts_with("DESCRIPTION:")).unwrap();
        let escaped = description
            .replace('\\', "\\\\")
            .replace(';', "\\;")
            .replace(',', "\\,")
            .replace('\n', "\\n");
        assert_eq!(line, format!("DESCRIPTION:{escaped}"));
        assert!(
            unfolded.contains("DTSTART;VALUE=DATE:20270301\r\n")
                && unfolded.contains("DTEND;VALUE=DATE:20270302\r\n")
        );
        assert!(
            unfolded.contains("DTSTAMP:20270301T000000Z\r\n")
                && unfolded.contains("UID:teaching-20270301@mestring\r\n")
        );
    }
}
