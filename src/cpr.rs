//! Danish CPR numbers (personnummer): format, century, date, modulus 11, substitute numbers.
//!
//! Source: CPR-kontoret, "Personnummeret i CPR-systemet" (cpr.dk); DOMAIN.md "CPR numbers".
//! A CPR number is confidential: nothing in this module returns or formats the full number;
//! [`mask`] keeps the birth-date part only.

use chrono::NaiveDate;

/// What a CPR number tells, without the number itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cpr {
    /// A personnummer with an existing birth date. `checksum_ok` is the modulus 11 test, which
    /// numbers issued since 1 October 2007 need not pass.
    Valid {
        /// The birth date the number encodes.
        birth: NaiveDate,
        /// Whether it passes modulus 11.
        checksum_ok: bool,
    },
    /// An erstatningspersonnummer (day of month plus 60): not a CPR number, no birth date.
    Substitute,
    /// Not `DDMMYY-SSSS` or ten digits.
    BadFormat,
    /// Well formed, but the digits name no existing day (e.g. `290200-0xxx`, 1900 was no leap year).
    BadDate,
}

/// The ten digits of `DDMMYY-SSSS` or `DDMMYYSSSS` (surrounding spaces allowed).
fn digits(s: &str) -> Option<[u8; 10]> {
    let s = s.trim();
    let b = s.as_bytes();
    let mut out = [0u8; 10];
    let iter: Box<dyn Iterator<Item = &u8>> = match b.len() {
        10 => Box::new(b.iter()),
        11 if b[6] == b'-' => Box::new(b[..6].iter().chain(&b[7..])),
        _ => return None,
    };
    for (slot, &c) in out.iter_mut().zip(iter) {
        if !c.is_ascii_digit() {
            return None;
        }
        *slot = c - b'0';
    }
    Some(out)
}

/// The full year from the two-digit year and the 7th digit (cpr.dk's century table).
pub fn century_year(yy: u8, seventh: u8) -> i32 {
    let yy = i32::from(yy);
    let century = match seventh {
        0..=3 => 1900,
        4 | 9 if yy <= 36 => 2000,
        4 | 9 => 1900,
        _ if yy <= 57 => 2000,
        _ => 1800,
    };
    century + yy
}

/// Modulus 11: weights 4,3,2,7,6,5,4,3,2,1; the sum is divisible by 11.
fn mod11(d: &[u8; 10]) -> bool {
    const W: [u32; 10] = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
    d.iter().zip(W).map(|(&x, w)| u32::from(x) * w).sum::<u32>() % 11 == 0
}

/// Reads a CPR number.
pub fn parse(s: &str) -> Cpr {
    let Some(d) = digits(s) else { return Cpr::BadFormat };
    let day = d[0] * 10 + d[1];
    let month = d[2] * 10 + d[3];
    let yy = d[4] * 10 + d[5];
    let year = century_year(yy, d[6]);
    if (61..=91).contains(&day) {
        // A substitute number adds 60 to a day that exists: "31 February" (910299-...) is none.
        return match NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day - 60)) {
            Some(_) => Cpr::Substitute,
            None => Cpr::BadDate,
        };
    }
    match NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day)) {
        Some(birth) => Cpr::Valid { birth, checksum_ok: mod11(&d) },
        None => Cpr::BadDate,
    }
}

/// Whether `s` is a masked number as [`mask`] writes it (`211062-xxxx`): the workflow keeps an
/// agreement's CPR number masked, and a masked number is not checked again.
pub fn is_masked(s: &str) -> bool {
    let b = s.trim().as_bytes();
    b.len() == 11
        && b[..6].iter().all(u8::is_ascii_digit)
        && b[6] == b'-'
        && b[7..].iter().all(|c| *c == b'x')
}

/// The number with its serial part hidden: `211062-xxxx`. Anything that is not a well-formed
/// number is hidden entirely, since it may be a mistyped real one.
pub fn mask(s: &str) -> String {
    match digits(s) {
        Some(d) => {
            let head: String = d[..6].iter().map(|x| char::from(b'0' + x)).collect();
            format!("{head}-xxxx")
        }
        None => "xxxxxx-xxxx".to_string(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn birth(s: &str) -> NaiveDate {
        match parse(s) {
            Cpr::Valid { birth, .. } => birth,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn century_from_the_seventh_digit() {
        assert_eq!(birth("211062-5629").to_string(), "1862-10-21");
        assert_eq!(birth("211062-1629").to_string(), "1962-10-21");
        assert_eq!(birth("2110525629").to_string(), "2052-10-21");
        assert_eq!(birth("010137-9000").to_string(), "1937-01-01");
        assert_eq!(birth("010136-9000").to_string(), "2036-01-01");
        assert_eq!(birth("010136-4000").to_string(), "2036-01-01");
        assert_eq!(birth("010137-4000").to_string(), "1937-01-01");
        assert_eq!(birth("010157-5000").to_string(), "2057-01-01");
        assert_eq!(birth("010158-8000").to_string(), "1858-01-01");
        assert_eq!(birth("010199-3000").to_string(), "1999-01-01");
        assert_eq!(birth("010100-0000").to_string(), "1900-01-01");
    }

    #[test]
    fn dates_must_exist() {
        assert_eq!(birth("290200-4000").to_string(), "2000-02-29");
        assert_eq!(parse("290200-0000"), Cpr::BadDate);
        assert_eq!(parse("511062-5629"), Cpr::BadDate);
        assert_eq!(parse("321062-1629"), Cpr::BadDate);
        assert_eq!(parse("011362-1629"), Cpr::BadDate);
    }

    #[test]
    fn modulus_11_is_reported_not_enforced() {
        assert_eq!(
            parse("211062-5629"),
            Cpr::Valid { birth: birth("211062-5629"), checksum_ok: true }
        );
        assert!(matches!(parse("1111111118"), Cpr::Valid { checksum_ok: true, .. }));
        assert!(matches!(parse("1111111119"), Cpr::Valid { checksum_ok: false, .. }));
    }

    #[test]
    fn substitute_numbers_are_recognised() {
        assert_eq!(parse("611062-1629"), Cpr::Substitute);
        assert_eq!(parse("911299-1234"), Cpr::Substitute);
        // A substitute number needs a real month and day: no "31 February", no month 13.
        assert_eq!(parse("910299-1234"), Cpr::BadDate);
        assert_eq!(parse("611399-1234"), Cpr::BadDate);
        assert_eq!(parse("890200-4234"), Cpr::Substitute, "29 February 2000");
    }

    #[test]
    fn format() {
        for bad in [
            "",
            "21106-25629",
            "211062 5629",
            "211062-562",
            "21106256299",
            "2110625a29",
            "211062–5629",
        ] {
            assert_eq!(parse(bad), Cpr::BadFormat, "{bad}");
        }
        assert!(matches!(parse(" 211062-5629 "), Cpr::Valid { .. }));
    }

    #[test]
    fn masked_numbers_are_recognised() {
        assert!(is_masked(&mask("211062-5629")));
        assert!(!is_masked("211062-5629"));
        assert!(!is_masked("xxxxxx-xxxx"));
    }

    #[test]
    fn masking_keeps_only_the_date_part() {
        assert_eq!(mask("211062-5629"), "211062-xxxx");
        assert_eq!(mask("2110625629"), "211062-xxxx");
        assert_eq!(mask("21106-25629"), "xxxxxx-xxxx");
    }
}
