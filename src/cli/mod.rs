//! The command-line tool's library half (feature `cli`): reading a municipality's export a record
//! at a time ([`records`]) and writing a plan as iCalendar ([`ics`]). It lives in the library, not
//! in `src/bin/mestring.rs`, so that the fuzz targets and unit tests reach it; only the binary
//! and those call it. Nothing here is part of the wasm package.

pub mod ics;
pub mod records;

/// A path or argument as it may be shown in a message: control characters escaped (a file name
/// or argument cannot rewrite the terminal), and cut after 200 characters.
pub fn shown(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i == 200 {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}
