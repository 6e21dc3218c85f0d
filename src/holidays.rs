//! Danish public holidays (helligdage) that are no teaching days, computed for any year.
//!
//! Source: lov om søgnehelligdage (the fixed and the Easter-dependent days);
//! store bededag was abolished from 2024 by lov nr. 196 af 28/02/2023 (last kept in 2023).
//! Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher); nothing is listed
//! per year.

use chrono::{Datelike, Days, NaiveDate};

/// A public holiday: its id and the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holiday {
    /// Stable id, e.g. `langfredag`.
    pub id: &'static str,
    /// The date.
    pub date: NaiveDate,
}

/// Easter Sunday in the Gregorian calendar.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// The last year store bededag was a public holiday.
pub const LAST_STORE_BEDEDAG: i32 = 2023;

/// The public holidays of `year`, in date order.
pub fn of_year(year: i32) -> Vec<Holiday> {
    let mut out = Vec::with_capacity(11);
    let fixed = |id, m, d| NaiveDate::from_ymd_opt(year, m, d).map(|date| Holiday { id, date });
    out.extend(fixed("nytaarsdag", 1, 1));
    if let Some(easter) = easter_sunday(year) {
        let rel = |id, offset: i64| {
            let date = if offset < 0 {
                easter.checked_sub_days(Days::new(offset.unsigned_abs()))
            } else {
                easter.checked_add_days(Days::new(offset as u64))
            };
            date.map(|date| Holiday { id, date })
        };
        out.extend(rel("skaertorsdag", -3));
        out.extend(rel("langfredag", -2));
        out.extend(rel("paaskedag", 0));
        out.extend(rel("anden_paaskedag", 1));
        if year <= LAST_STORE_BEDEDAG {
            out.extend(rel("store_bededag", 26));
        }
        out.extend(rel("kristi_himmelfartsdag", 39));
        out.extend(rel("pinsedag", 49));
        out.extend(rel("anden_pinsedag", 50));
    }
    out.extend(fixed("juledag", 12, 25));
    out.extend(fixed("anden_juledag", 12, 26));
    out
}

/// The holiday on `date`, if any.
pub fn on(date: NaiveDate) -> Option<Holiday> {
    of_year(date.year()).into_iter().find(|h| h.date == date)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::date::parse_iso(s).unwrap()
    }

    #[test]
    fn easter_sundays() {
        for (y, e) in [
            (2000, "2000-04-23"),
            (2008, "2008-03-23"),
            (2011, "2011-04-24"),
            (2019, "2019-04-21"),
            (2023, "2023-04-09"),
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2028, "2028-04-16"),
            (2038, "2038-04-25"),
        ] {
            assert_eq!(easter_sunday(y), Some(d(e)), "{y}");
        }
    }

    #[test]
    fn holidays_of_2027() {
        let ids: Vec<_> = of_year(2027).iter().map(|h| (h.id, crate::date::iso(h.date))).collect();
        assert_eq!(
            ids,
            [
                ("nytaarsdag", "2027-01-01".to_string()),
                ("skaertorsdag", "2027-03-25".to_string()),
                ("langfredag", "2027-03-26".to_string()),
                ("paaskedag", "2027-03-28".to_string()),
                ("anden_paaskedag", "2027-03-29".to_string()),
                ("kristi_himmelfartsdag", "2027-05-06".to_string()),
                ("pinsedag", "2027-05-16".to_string()),
                ("anden_pinsedag", "2027-05-17".to_string()),
                ("juledag", "2027-12-25".to_string()),
                ("anden_juledag", "2027-12-26".to_string()),
            ]
        );
    }

    #[test]
    fn store_bededag_until_2023_only() {
        assert_eq!(on(d("2023-05-05")).map(|h| h.id), Some("store_bededag"));
        assert_eq!(on(d("2024-04-26")), None);
        assert_eq!(on(d("2027-04-23")), None);
    }
}
