//! Calendar arithmetic the rules need, on plain dates (no clock, no time zones).
//!
//! Decided semantics (DOMAIN.md, "Decided semantics"):
//! - age is completed years on the reference date; a person born 29 February has their birthday
//!   on 1 March in non-leap years;
//! - "one month" after a date is the same day of the next month, clamped to that month's end.

use chrono::{Datelike, Months, NaiveDate};

/// Why a date string was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Format,
    /// Well formed, but no such day (e.g. `2027-02-30`).
    NoSuchDay,
}

/// The earliest date an input may give (DOMAIN: a date before 1900 is a typo).
pub const EARLIEST: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => unreachable!(),
};
/// The latest date an input may give (a date after 2199 is a typo).
pub const LATEST: NaiveDate = match NaiveDate::from_ymd_opt(2199, 12, 31) {
    Some(d) => d,
    None => unreachable!(),
};

/// Parses an ISO calendar date `YYYY-MM-DD` (exactly four-digit year, two-digit month and day).
pub fn parse_iso(s: &str) -> Result<NaiveDate, DateError> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(DateError::Format);
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter()
            .try_fold(0u32, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return Err(DateError::Format);
    };
    // y < 10_000, so the cast cannot wrap.
    NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(DateError::NoSuchDay)
}

/// Formats a date as `YYYY-MM-DD`.
pub fn iso(d: NaiveDate) -> String {
    let (y, m, day) = (d.year(), d.month(), d.day());
    if !(0..=9999).contains(&y) {
        return format!("{y:04}-{m:02}-{day:02}");
    }
    // Written by hand: this runs for every check, and the formatting machinery is slow in wasm.
    let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
    let y = y as u32;
    [
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        '-',
        digit(m / 10),
        digit(m),
        '-',
        digit(day / 10),
        digit(day),
    ]
    .iter()
    .collect()
}

/// The months' names in Danish (for `long`, and for the binding's renderer).
pub const MONTHS_DA: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];
/// The months' names in English.
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as a person reads it: `20. januar 2027` (Danish) or `20 January 2027` (English).
pub fn long(d: NaiveDate, lang: crate::Lang) -> String {
    let m = d.month0() as usize;
    let months = if lang == crate::Lang::Da { &MONTHS_DA } else { &MONTHS_EN };
    format!("{}{} {} {}", d.day(), DAY_MARK[lang as usize], months[m], d.year())
}

/// What follows the day of the month in a long date, per language (`20. januar`, `20 January`).
pub const DAY_MARK: [&str; 2] = [".", ""];

fn is_leap(year: i32) -> bool {
    NaiveDate::from_ymd_opt(year, 2, 29).is_some()
}

/// The day someone born on `birth` has their birthday in `year`: 1 March for a 29 February
/// birthday in a non-leap year. `None` only outside chrono's range of years.
pub fn birthday_in(birth: NaiveDate, year: i32) -> Option<NaiveDate> {
    if birth.month() == 2 && birth.day() == 29 && !is_leap(year) {
        NaiveDate::from_ymd_opt(year, 3, 1)
    } else {
        NaiveDate::from_ymd_opt(year, birth.month(), birth.day())
    }
}

/// Completed years on `on` (negative when `on` is before the birth).
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> i32 {
    let years = on.year() - birth.year();
    match birthday_in(birth, on.year()) {
        Some(b) if on < b => years - 1,
        _ => years,
    }
}

/// The day on which someone born on `birth` turns `years` old.
pub fn date_at_age(birth: NaiveDate, years: i32) -> Option<NaiveDate> {
    birthday_in(birth, birth.year().checked_add(years)?)
}

/// `d` plus `months` calendar months, clamped to the end of the month when the day does not
/// exist there (2027-01-31 + 1 = 2027-02-28; 2028-01-31 + 1 = 2028-02-29).
pub fn add_months(d: NaiveDate, months: u32) -> Option<NaiveDate> {
    d.checked_add_months(Months::new(months))
}

/// `d` plus whole weeks.
pub fn add_weeks(d: NaiveDate, weeks: u32) -> Option<NaiveDate> {
    d.checked_add_days(chrono::Days::new(u64::from(weeks) * 7))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The forms glue's `MONTHS` (its date messages, and the demo's plan page) are the month
    /// names here, written into `www/mestring-forms.js` by `scripts/generate`: one list.
    #[test]
    fn generated_month_names_are_up_to_date() {
        let list =
            |names: &[&str]| names.iter().map(|m| format!("'{m}'")).collect::<Vec<_>>().join(", ");
        let body = format!(
            "export const MONTHS = {{\n  da: [{}],\n  en: [{}],\n}};\n",
            list(&MONTHS_DA),
            list(&MONTHS_EN)
        );
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www/mestring-forms.js");
        let text = std::fs::read_to_string(&path).unwrap();
        let next = crate::shape::generate::splice(&text, "// BEGIN MONTHS", "// END MONTHS", &body)
            .unwrap();
        if next != text && std::env::var_os("MESTRING_WRITE").is_some() {
            std::fs::write(&path, next).unwrap();
        } else {
            assert!(next == text, "www/mestring-forms.js: MONTHS differs; run scripts/generate");
        }
    }

    fn d(s: &str) -> NaiveDate {
        parse_iso(s).unwrap()
    }

    #[test]
    fn parses_only_strict_iso_dates() {
        assert_eq!(iso(d("2027-01-04")), "2027-01-04");
        assert_eq!(parse_iso("2027-02-30"), Err(DateError::NoSuchDay));
        assert_eq!(parse_iso("2027-13-01"), Err(DateError::NoSuchDay));
        assert_eq!(parse_iso("2027-00-10"), Err(DateError::NoSuchDay));
        for bad in [
            "",
            "2027-1-04",
            "27-01-04",
            "2027/01/04",
            "2027-01-04T00:00",
            "+027-01-04",
            "2027-0a-04",
            "２027-01-04",
        ] {
            assert_eq!(parse_iso(bad), Err(DateError::Format), "{bad}");
        }
        assert_eq!(iso(d("2000-02-29")), "2000-02-29");
        assert_eq!(parse_iso("1900-02-29"), Err(DateError::NoSuchDay));
    }

    #[test]
    fn age_counts_completed_years() {
        assert_eq!(age_on(d("2002-01-20"), d("2027-01-19")), 24);
        assert_eq!(age_on(d("2002-01-20"), d("2027-01-20")), 25);
        assert_eq!(age_on(d("1996-01-04"), d("2027-01-03")), 30);
        assert_eq!(age_on(d("1996-01-04"), d("2027-01-04")), 31);
    }

    #[test]
    fn leap_day_birthday_is_first_of_march_in_other_years() {
        let b = d("2000-02-29");
        assert_eq!(age_on(b, d("2025-02-28")), 24);
        assert_eq!(age_on(b, d("2025-03-01")), 25);
        assert_eq!(age_on(b, d("2028-02-28")), 27);
        assert_eq!(age_on(b, d("2028-02-29")), 28);
        assert_eq!(date_at_age(b, 25), Some(d("2025-03-01")));
        assert_eq!(date_at_age(b, 28), Some(d("2028-02-29")));
    }

    #[test]
    fn one_month_clamps_to_the_end_of_the_month() {
        assert_eq!(add_months(d("2027-01-31"), 1), Some(d("2027-02-28")));
        assert_eq!(add_months(d("2028-01-31"), 1), Some(d("2028-02-29")));
        assert_eq!(add_months(d("2027-03-31"), 1), Some(d("2027-04-30")));
        assert_eq!(add_months(d("2026-11-20"), 1), Some(d("2026-12-20")));
        assert_eq!(add_months(d("2026-12-15"), 1), Some(d("2027-01-15")));
    }

    #[test]
    fn long_dates_in_both_languages() {
        assert_eq!(long(d("2027-01-20"), crate::Lang::Da), "20. januar 2027");
        assert_eq!(long(d("2027-01-20"), crate::Lang::En), "20 January 2027");
    }
}
