//! One description of shapes: the ruleset's and the referral input's.
//!
//! Each object of the ruleset is declared once, with [`shape!`](crate::shape!): its Rust struct,
//! and for each field its key in the ruleset, its kind (a whole number in a range, a list of
//! codes, a source, a nested object, ...) and its documentation. From that one declaration
//! follow the struct, its reader (every problem reported with its path, as before), the
//! TypeScript declarations of the ruleset in `src/types.d.ts` and the table of its keys in
//! `docs/RULESET.md`. The referral input's fields are declared the same way, once, as the
//! [`Field`](crate::unknown::Field) tree that `unknown.rs` walks; its TypeScript interfaces and
//! the forms glue's `FIELD_TYPES` follow from it.
//!
//! The target group's part of the ruleset and the referral's fields are declared beside the
//! target group's rules, in `src/rules/target_group.rs`, so that a new criterion is declared in
//! one file; the rest of the ruleset in `src/ruleset.rs`.
//!
//! The generated text is written by `scripts/generate` and checked by
//! `generated_files_are_up_to_date` (below): a declaration and the committed files cannot
//! drift apart. Only the readers reach the wasm build; the descriptions (types, documentation)
//! are compiled natively only.

use chrono::NaiveDate;

use crate::date;
use crate::finding::{Source, Str};
use crate::ruleset::{Problem, Sourced};
use crate::value::Value;

/// Collects the problems of a ruleset while it is read.
pub struct Reader {
    /// The problems so far, in the order met.
    pub problems: Vec<Problem>,
    /// Reading the embedded ruleset, which lives as long as the program: its sources are kept
    /// as `Str::Static` (see [`Reader::text`]).
    pub embedded: bool,
}

impl Reader {
    /// A text of a source as a finding carries it. The embedded ruleset's texts are read once and
    /// kept for the life of the program (leaked into `&'static str`), so that a finding that
    /// cites one copies a pointer rather than counting a shared reference (an atomic operation
    /// natively, about a tenth of the judging of a failing referral); a caller's ruleset's are
    /// shared.
    pub fn text(&self, s: String) -> Str {
        if self.embedded {
            Str::Static(Box::leak(s.into_boxed_str()))
        } else {
            Str::from(s)
        }
    }

    /// Records a problem, unless a problem with a field above it already explains it (a
    /// missing object is one problem, not one per field inside it).
    pub fn fail(&mut self, path: &str, expected: &str) {
        let inside = |p: &Problem| {
            p.path.is_empty()
                || path.strip_prefix(p.path.as_str()).is_some_and(|rest| rest.starts_with('.'))
        };
        if !self.problems.iter().any(inside) {
            self.problems.push(Problem { path: path.to_string(), expected: expected.to_string() });
        }
    }

    /// The value at `key` inside `v` (null when absent) and its path.
    pub fn field<'v>(&mut self, v: &'v Value, path: &str, key: &str) -> (&'v Value, String) {
        (v.get(key).unwrap_or(&Value::Null), join(path, key))
    }

    /// Reads the value at `key` inside `v` as `kind`.
    pub fn read<T>(&mut self, v: &Value, path: &str, key: &str, kind: &impl Kind<T>) -> T {
        let (x, p) = self.field(v, path, key);
        kind.read(self, x, &p)
    }

    /// Runs `check` as if before the problems recorded from `mark` on: those are recorded again
    /// after it (and left out where the check's problems already explain them).
    pub fn before(&mut self, mark: usize, check: &dyn Fn(&mut Reader)) {
        let later = self.problems.split_off(mark.min(self.problems.len()));
        check(self);
        for p in later {
            self.fail(&p.path, &p.expected);
        }
    }
}

/// `path.key`, or `key` at the top.
pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// How one value of the ruleset is read, and (natively) described.
pub trait Kind<T> {
    /// Reads `v`, found at `path`; a problem is reported on `r` and a harmless value returned.
    fn read(&self, r: &mut Reader, v: &Value, path: &str) -> T;
    /// What the value is, for the TypeScript declarations and the documentation.
    #[cfg(not(target_arch = "wasm32"))]
    fn ty(&self) -> Ty;
}

/// An object of the ruleset, declared with [`shape!`](crate::shape!).
pub trait Shape: Sized {
    /// Reads the object at `path`.
    fn read(r: &mut Reader, v: &Value, path: &str) -> Self;
    /// Its description.
    #[cfg(not(target_arch = "wasm32"))]
    fn describe() -> Struct;
}

/// A non-empty string.
pub struct Text;
/// A whole number from `lo` to `hi`.
pub struct Int {
    /// Smallest allowed.
    pub lo: i64,
    /// Largest allowed.
    pub hi: i64,
}
/// A whole number from `lo` to `hi`.
pub const fn int(lo: i64, hi: i64) -> Int {
    Int { lo, hi }
}
/// `true` or `false`.
pub struct Flag;
/// A date, `YYYY-MM-DD`.
pub struct Day;
/// A list of codes, each one of `allowed` (named `ts` in the TypeScript declarations).
pub struct Codes(pub &'static [&'static str], pub &'static str);
/// A source, `{ title, ref }`.
pub struct Cite;
/// A nested object, declared with [`shape!`](crate::shape!).
pub struct Obj;
/// `{ value, source }`: a whole number from `lo` to `hi` with its citation.
pub struct Valued(pub Int);
/// An optional text nothing depends on (the ruleset's `title`); never a problem.
pub struct Remark;
/// The key of a map's entry: filled in by the map's reader, not read from the object.
pub struct MapKey;

impl Kind<String> for Text {
    fn read(&self, r: &mut Reader, v: &Value, path: &str) -> String {
        match v {
            Value::String(s) if !s.trim().is_empty() => s.to_string(),
            _ => {
                r.fail(path, "non-empty string");
                String::new()
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn ty(&self) -> Ty {
        Ty::Text
    }
}

impl<T: TryFrom<i64> + Default> Kind<T> for Int {
    fn read(&self, r: &mut Reader, v: &Value, path: &str) -> T {
        let (lo, hi) = (self.lo, self.hi);
        let n = match v {
            Value::Number(n) if n.fract() == 0.0 && *n >= lo as f64 && *n <= hi as f64 => *n as i64,
            _ => {
                r.fail(path, &format!("whole number {lo}-{hi}"));
                lo
            }
        };
        T::try_from(n).unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn ty(&self) -> Ty {
        Ty::Int { lo: self.lo, hi: self.hi }
    }
}

impl Kind<bool> for Flag {
    fn read(&self, r: &mut Reader, v: &Value, path: &str) -> bool {
        match v {
            Value::Bool(b) => *b,
            _ => {
                r.fail(path, "true or false");
                false
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn ty(&self) -> Ty {
        Ty::Bool
    }
}

impl Kind<Option<NaiveDate>> for Day {
    fn read(&self, r: &mut Reader, v: &Value, path: &str) -> Option<NaiveDate> {
        match v {
            Value::Null => None,
            Value::String(s) => match date::parse_iso(s) {
                Ok(d) => Some(d),
                Err(_) => {
                    r.fail(path, "YYYY-MM-DD or null");
                    None
                }
            },
            _ => {
                r.fail(path, "YYYY-MM-DD or null");
                None
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn ty(&self) -> Ty {
        Ty::OptionalDate
    }
}

impl Kind<NaiveDate> for Day {
    fn read(&self, r: &mut Reader, v: &Value, path: &str) -> NaiveDate {
        match Kind::<Option<NaiveDate>>::read(self, r, v, path) {
            Some(d) => d,
            None => {
                r.fail(path, "YYYY-MM-DD");
                date::EARLIEST
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn ty(&self) -> Ty {
        Ty::Date
    }
}

/// A list of codes the checks cite as a whole in their messages: shared, so a note refers to it
/// rather than copying it.
impl Kind<std::sync::Arc<[String]>> for Codes {
    fn read(&self, r: &mut Reader, v: &Value, path: &str) -> std::sync::Arc<[String]> {
        Kind::<Vec<String>>::read(self, r, v, path).into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn ty(&self) -> Ty {
        Kind::<Vec<String>>::ty(self)
    }
}

impl Kind<Vec<String>> for Codes {
    fn read(&self, r: &mut Reader, v: &Value, path: &str) -> Vec<String> {
        let allowed = self.0;
        let expected = format!("list of {}", allowed.join(" | "));
        let Value::Array(items) = v else {
            r.fail(path, &expected);
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            match item {
                Value::String(s) if allowed.contains(&s.as_str()) && !s.is_empty() => {
                    out.push(s.to_string())
                }
                _ => r.fail(&format!("{path}.{i}"), &expected),
            }
        }
        out
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn ty(&self) -> Ty {
        Ty::Codes { allowed: self.0, ts: self.1 }
    }
}

impl Kind<Source> for Cite {
    fn read(&self, r: &mut Reader, v: &Value, path: &str) -> Source {
        if !matches!(v, Value::Object(_)) {
            r.fail(path, "{ title, ref }");
            return Source::new("", "");
        }
        Source {
            title: {
                let t = r.read::<String>(v, path, "title", &Text);
                r.text(t)
            },
            reference: {
                let t = r.read::<String>(v, path, "ref", &Text);
                r.text(t)
            },
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn ty(&self) -> Ty {
        Ty::Source
    }
}

impl<T: Shape> Kind<T> for Obj {
    fn read(&self, r: &mut Reader, v: &Value, path: &str) -> T {
        T::read(r, v, path)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn ty(&self) -> Ty {
        Ty::Struct(T::describe)
    }
}

impl<T: TryFrom<i64> + Default> Kind<Sourced<T>> for Valued {
    fn read(&self, r: &mut Reader, v: &Value, path: &str) -> Sourced<T> {
        if !matches!(v, Value::Object(_)) {
            r.fail(path, "object");
        }
        Sourced {
            value: r.read(v, path, "value", &self.0),
            source: r.read(v, path, "source", &Cite),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn ty(&self) -> Ty {
        Ty::Valued { lo: self.0.lo, hi: self.0.hi }
    }
}

impl Kind<Option<String>> for Remark {
    fn read(&self, _: &mut Reader, v: &Value, _: &str) -> Option<String> {
        match v {
            Value::String(s) => Some(s.to_string()),
            _ => None,
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn ty(&self) -> Ty {
        Ty::Note
    }
}

impl Kind<String> for MapKey {
    fn read(&self, _: &mut Reader, _: &Value, _: &str) -> String {
        String::new()
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn ty(&self) -> Ty {
        Ty::MapKey
    }
}

/// Declares objects of the ruleset: for each, its struct (named `Rust as "TypeScript"`), an
/// optional `#[derive]` of more traits, an optional check of what relates two fields
/// (`checked by f`: it runs after the values and before the object's `source` is judged), and
/// its fields, each `pub name: Type = "key" kind,`, read in the order declared. Doc comments
/// become the struct's, the TypeScript declarations' and `docs/RULESET.md`'s.
#[macro_export]
#[doc(hidden)]
macro_rules! shape {
    // An object's fields in the order declared.
    (@read $r:ident $v:ident $path:ident $name:ident [] {
        $( $field:ident : $ty:ty = $key:literal $kind:expr, )*
    }) => {
        $name { $( $field: $r.read::<$ty>($v, $path, $key, &$kind), )* }
    };
    // With a check: it runs before the object's `source` is judged, as the hand-written reader
    // did; the source's problems are recorded after the check's.
    (@read $r:ident $v:ident $path:ident $name:ident [$check:path] {
        $( $field:ident : $ty:ty = $key:literal $kind:expr, )*
    }) => {{
        let mut source_at = None;
        let out = $name { $( $field: {
            if $key == "source" {
                source_at = Some($r.problems.len());
            }
            $r.read::<$ty>($v, $path, $key, &$kind)
        }, )* };
        match source_at {
            Some(mark) => $r.before(mark, &|r| $check(&out, r, $path)),
            None => $check(&out, $r, $path),
        }
        out
    }};
    ($(
        $(#[doc = $doc:literal])*
        $(#[derive($($extra:ident),*)])?
        pub struct $name:ident as $ts:literal $(checked by $check:path)? {
            $(
                $(#[doc = $fdoc:literal])*
                pub $field:ident : $ty:ty = $key:literal $kind:expr,
            )*
        }
    )*) => {$(
        $(#[doc = $doc])*
        #[derive(Debug, Clone, PartialEq $($(, $extra)*)?)]
        pub struct $name {
            $(
                $(#[doc = $fdoc])*
                pub $field: $ty,
            )*
        }

        impl $crate::shape::Shape for $name {
            fn read(
                r: &mut $crate::shape::Reader,
                v: &$crate::value::Value,
                path: &str,
            ) -> Self {
                if !matches!(v, $crate::value::Value::Object(_)) {
                    r.fail(path, "object");
                }
                $crate::shape!(@read r v path $name [$($check)?] {
                    $( $field: $ty = $key $kind, )*
                })
            }

            #[cfg(not(target_arch = "wasm32"))]
            fn describe() -> $crate::shape::Struct {
                $crate::shape::Struct {
                    ts: $ts,
                    doc: $crate::shape::doc(&[$($doc),*]),
                    fields: vec![$(
                        $crate::shape::Member {
                            key: $key,
                            rust: stringify!($field),
                            doc: $crate::shape::doc(&[$($fdoc),*]),
                            ty: $crate::shape::Kind::<$ty>::ty(&$kind),
                        },
                    )*],
                }
            }
        }
    )*};
}

/// Declares a field of an input, with its TypeScript type and documentation (compiled natively
/// only) and the fields inside it: `field!("citizen": "Citizen", "doc", [field!(...), ...])`.
#[macro_export]
#[doc(hidden)]
macro_rules! field {
    ($name:literal : $ts:literal $(, $doc:literal)? $(, [$($child:expr),* $(,)?])?) => {
        $crate::unknown::Field {
            name: $name,
            children: &[$($($child),*)?],
            #[cfg(not(target_arch = "wasm32"))]
            ts: $ts,
            #[cfg(not(target_arch = "wasm32"))]
            doc: concat!($($doc)?),
        }
    };
}

/// A doc comment's lines as one text.
#[cfg(not(target_arch = "wasm32"))]
pub fn doc(lines: &[&str]) -> String {
    lines.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ").trim().to_string()
}

/// What a value of the ruleset is.
#[cfg(not(target_arch = "wasm32"))]
pub enum Ty {
    /// A non-empty string.
    Text,
    /// A whole number in a range.
    Int {
        /// Smallest.
        lo: i64,
        /// Largest.
        hi: i64,
    },
    /// `true` or `false`.
    Bool,
    /// A date.
    Date,
    /// A date or `null`.
    OptionalDate,
    /// A list of codes.
    Codes {
        /// The codes.
        allowed: &'static [&'static str],
        /// Their TypeScript type's name.
        ts: &'static str,
    },
    /// `{ title, ref }`.
    Source,
    /// `{ value, source }`.
    Valued {
        /// Smallest.
        lo: i64,
        /// Largest.
        hi: i64,
    },
    /// An optional string nothing depends on.
    Note,
    /// A map's key: not a field.
    MapKey,
    /// A nested object.
    Struct(fn() -> Struct),
    /// A map from ids to objects.
    Map(fn() -> Struct),
    /// Read by hand-written code beside its TypeScript text.
    Custom {
        /// The TypeScript type.
        ts: &'static str,
        /// Declarations it needs.
        decls: &'static str,
        /// What it is, for the documentation.
        shown: &'static str,
    },
}

/// A declared object.
#[cfg(not(target_arch = "wasm32"))]
pub struct Struct {
    /// Its TypeScript name.
    pub ts: &'static str,
    /// Its documentation.
    pub doc: String,
    /// Its fields in order.
    pub fields: Vec<Member>,
}

/// A declared field.
#[cfg(not(target_arch = "wasm32"))]
pub struct Member {
    /// Its key in the ruleset.
    pub key: &'static str,
    /// Its Rust name.
    pub rust: &'static str,
    /// Its documentation.
    pub doc: String,
    /// What it is.
    pub ty: Ty,
}

/// The TypeScript declarations and the documentation, written from the declarations.
#[cfg(not(target_arch = "wasm32"))]
pub mod generate {
    use super::*;
    use crate::rules::target_group::REFERRAL;
    use crate::ruleset::{Ruleset, PARAMETERS};
    use crate::unknown::Field;

    fn comment(doc: &str, indent: &str) -> String {
        if doc.is_empty() {
            String::new()
        } else {
            format!("{indent}/** {doc} */\n")
        }
    }

    fn ts_of(
        ty: &Ty,
        queue: &mut Vec<Struct>,
        aliases: &mut Vec<(&'static str, String)>,
    ) -> String {
        match ty {
            Ty::Text => "string".into(),
            Ty::Int { .. } => "number".into(),
            Ty::Bool => "boolean".into(),
            Ty::Date => "IsoDate".into(),
            Ty::OptionalDate => "IsoDate | null".into(),
            Ty::Codes { allowed, ts } => {
                if !aliases.iter().any(|(n, _)| n == ts) {
                    let union: Vec<String> = allowed.iter().map(|c| format!("\"{c}\"")).collect();
                    aliases.push((ts, union.join(" | ")));
                }
                format!("{ts}[]")
            }
            Ty::Source => "Source".into(),
            Ty::Valued { .. } => "Sourced & { value: number }".into(),
            Ty::Note => "string".into(),
            Ty::MapKey => String::new(),
            Ty::Struct(f) => {
                let s = f();
                let name = s.ts;
                queue.push(s);
                name.into()
            }
            Ty::Map(f) => {
                let s = f();
                let name = s.ts;
                queue.push(s);
                format!("Record<string, {name}>")
            }
            Ty::Custom { ts, .. } => (*ts).into(),
        }
    }

    /// The ruleset's TypeScript declarations, `Ruleset` first.
    pub fn ruleset_ts() -> String {
        let mut queue = vec![Ruleset::describe()];
        let mut done: Vec<&'static str> = Vec::new();
        let mut aliases = Vec::new();
        let mut decls = String::new();
        let mut extra = String::new();
        while !queue.is_empty() {
            let s = queue.remove(0);
            if done.contains(&s.ts) {
                continue;
            }
            done.push(s.ts);
            let mut nested = Vec::new();
            decls += &comment(&s.doc, "");
            decls += &format!("export interface {} {{\n", s.ts);
            for m in &s.fields {
                if matches!(m.ty, Ty::MapKey) {
                    continue;
                }
                let ts = ts_of(&m.ty, &mut nested, &mut aliases);
                if let Ty::Custom { decls: d, .. } = m.ty {
                    if !d.is_empty() && !extra.contains(d) {
                        extra += d;
                    }
                }
                decls += &comment(&m.doc, "  ");
                let optional = if matches!(m.ty, Ty::Note) { "?" } else { "" };
                decls += &format!("  {}{optional}: {ts};\n", m.key);
            }
            decls += "}\n\n";
            queue.splice(0..0, nested);
        }
        let ids = |law: bool| -> String {
            let ids =
                PARAMETERS.iter().filter(|p| p.law == law).map(|p| format!("  | \"{}\"", p.id));
            ids.collect::<Vec<_>>().join("\n")
        };
        let mut out = String::new();
        out += "/** A rule's setting with its citation. */\nexport interface Sourced {\n  source: Source;\n}\n\n";
        out += &decls;
        out += &extra;
        out += "/** Every dated parameter a ruleset gives (`parameters`); the legal ones are required. */\n";
        out += "export type ParameterId = LegalParameterId | PracticeParameterId;\n\n";
        out += "/** The legal parameters: a ruleset cannot leave out the law. */\n";
        out += &format!("export type LegalParameterId =\n{};\n\n", ids(true));
        out += "/** A municipality's practice: a ruleset may leave these out. */\n";
        out += &format!("export type PracticeParameterId =\n{};\n", ids(false));
        let mut head = String::new();
        for (name, union) in aliases {
            head += &format!("export type {name} = {union};\n");
        }
        format!("{head}\n{out}")
    }

    /// The referral input's TypeScript declarations, `Referral` first, and `CriterionRule`.
    pub fn referral_ts() -> String {
        fn interface(name: &str, doc: &str, fields: &[Field], out: &mut String) {
            let mut nested = Vec::new();
            *out += &comment(doc, "");
            *out += &format!("export interface {name} {{\n");
            for f in fields {
                *out += &comment(f.doc, "  ");
                *out += &format!("  {}?: {} | null;\n", f.name, f.ts);
                match f.children {
                    [star] if star.name == "*" && !star.children.is_empty() => {
                        nested.push((star.ts, star.doc, star.children))
                    }
                    [] => {}
                    children => nested.push((f.ts, "", children)),
                }
            }
            *out += "}\n";
            for (name, doc, fields) in nested {
                *out += "\n";
                interface(name, doc, fields, out);
            }
        }
        let mut out = String::new();
        interface(
            "Referral",
            "A referral as a form holds it, half filled in or whole. Every field is optional.",
            REFERRAL,
            &mut out,
        );
        let criteria: Vec<String> =
            crate::referral::UNJUDGED.iter().map(|(r, _)| format!("  | \"{}\"", r.id())).collect();
        out += "\n/** The criteria `checkReferral` judges, in its order. */\n";
        out += &format!("export type CriterionRule =\n{};\n", criteria.join("\n"));
        out
    }

    /// The generated part of `src/types.d.ts`.
    pub fn types_ts() -> String {
        format!("{}\n{}", referral_ts(), ruleset_ts())
    }

    fn shown(ty: &Ty) -> String {
        match ty {
            Ty::Text => "text".into(),
            Ty::Int { lo, hi } => format!("whole number {lo}-{hi}"),
            Ty::Bool => "true or false".into(),
            Ty::Date => "`YYYY-MM-DD`".into(),
            Ty::OptionalDate => "`YYYY-MM-DD` or null".into(),
            Ty::Codes { allowed, .. } => {
                let c: Vec<String> = allowed.iter().map(|c| format!("`{c}`")).collect();
                format!("list of {}", c.join(", "))
            }
            Ty::Source => "`{ title, ref }`".into(),
            Ty::Valued { lo, hi } => {
                format!("`{{ value, source }}`, value a whole number {lo}-{hi}")
            }
            Ty::Note => "text (optional, not checked)".into(),
            Ty::MapKey => String::new(),
            Ty::Struct(_) => "object".into(),
            Ty::Map(_) => "object: one entry per id".into(),
            Ty::Custom { shown, .. } => (*shown).into(),
        }
    }

    fn rows(s: &Struct, prefix: &str, out: &mut String) {
        for m in &s.fields {
            if matches!(m.ty, Ty::MapKey) {
                continue;
            }
            let path = join(prefix, m.key);
            let doc = m.doc.replace('|', "\\|");
            *out += &format!("| `{path}` | {} | {doc} |\n", shown(&m.ty).replace('|', "\\|"));
            match &m.ty {
                Ty::Struct(f) => rows(&f(), &path, out),
                Ty::Map(f) => rows(&f(), &format!("{path}.<id>"), out),
                _ => {}
            }
        }
    }

    /// The generated part of `docs/RULESET.md`.
    pub fn ruleset_md() -> String {
        let mut out = String::new();
        out += "| key | value | meaning |\n|---|---|---|\n";
        rows(&Ruleset::describe(), "", &mut out);
        out += "\nThe dated parameters (`parameters.<id>`); a legal one (`kind: \"law\"`) cannot be left out, \
                and every value must lie in its range:\n\n";
        out += "| id | kind | range | meaning |\n|---|---|---|---|\n";
        for p in PARAMETERS {
            let kind = if p.law { "law" } else { "practice" };
            out += &format!("| `{}` | {kind} | {}-{} | {} |\n", p.id, p.lo, p.hi, p.doc);
        }
        out
    }

    /// Whether the ruleset's declaration has the value at a dotted path (`targetGroup.age`,
    /// `course.profiles`).
    pub fn declared(path: &str) -> bool {
        let mut at = Ruleset::describe();
        let mut steps = path.split('.').peekable();
        while let Some(key) = steps.next() {
            let Some(m) = at.fields.iter().find(|m| m.key == key && !matches!(m.ty, Ty::MapKey))
            else {
                return false;
            };
            match (&m.ty, steps.peek()) {
                (_, None) => return true,
                (Ty::Struct(f), Some(_)) => at = f(),
                _ => return false,
            }
        }
        false
    }

    /// `text` with the part between `begin` and `end` replaced by `body`.
    pub fn splice(text: &str, begin: &str, end: &str, body: &str) -> Option<String> {
        let b = text.find(begin)? + begin.len();
        let b = b + text[b..].find('\n')? + 1;
        let e = b + text[b..].find(end)?;
        Some(format!("{}{body}{}", &text[..b], &text[e..]))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::generate::*;
    use super::*;
    use crate::ruleset::Ruleset;

    const BEGIN: &str = "BEGIN GENERATED";
    const END_TS: &str = "// END GENERATED";
    const END_MD: &str = "<!-- END GENERATED";

    /// `src/types.d.ts` and `docs/RULESET.md` hold what the declarations generate. Run
    /// `scripts/generate` after changing a declaration (it sets `MESTRING_WRITE=1` and runs this
    /// test, which then rewrites them, and then writes `FIELD_TYPES` of the forms glue).
    #[test]
    fn generated_files_are_up_to_date() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let write = std::env::var_os("MESTRING_WRITE").is_some();
        let mut stale = Vec::new();
        for (file, end, body) in
            [("src/types.d.ts", END_TS, types_ts()), ("docs/RULESET.md", END_MD, ruleset_md())]
        {
            let path = root.join(file);
            let text = std::fs::read_to_string(&path).unwrap();
            let next = splice(&text, BEGIN, end, &body).expect("a generated block");
            if next != text {
                if write {
                    std::fs::write(&path, next).unwrap();
                } else {
                    stale.push(file);
                }
            }
        }
        assert!(stale.is_empty(), "{stale:?} differ from the declarations: run scripts/generate");
    }

    /// Each field's Rust name is its key in snake case: the declaration names a value once.
    #[test]
    fn rust_names_are_the_keys() {
        fn walk(s: &Struct, n: &mut usize) {
            for m in &s.fields {
                let snake: String = m
                    .key
                    .chars()
                    .flat_map(|c| {
                        if c.is_ascii_uppercase() {
                            vec!['_', c.to_ascii_lowercase()]
                        } else {
                            vec![c]
                        }
                    })
                    .collect();
                if !matches!(m.ty, Ty::MapKey) {
                    assert_eq!(m.rust, snake, "{} in {}", m.key, s.ts);
                }
                *n += 1;
                match &m.ty {
                    Ty::Struct(f) | Ty::Map(f) => walk(&f(), n),
                    _ => {}
                }
            }
        }
        let mut n = 0;
        walk(&Ruleset::describe(), &mut n);
        assert!(n > 40, "{n}");
    }

    #[test]
    fn a_path_is_declared_or_not() {
        assert!(declared("targetGroup.openToGroupWork.required") && declared("course.profiles"));
        assert!(declared("law") && declared("parameters"));
        assert!(!declared("targetGroup.nothing") && !declared("course.profiles.playbook"));
        assert!(!declared("targetGroup.age.min.x") && !declared(""));
    }

    /// A nested object the ruleset leaves out is one problem, and every field of a declared
    /// object is read: the reader is the declaration's.
    #[test]
    fn the_reader_follows_the_declaration() {
        let v = Value::parse_json(crate::ruleset::DEFAULT_JSON).unwrap();
        // Every declared key, removed, is reported at its own path.
        fn keys(s: &Struct, prefix: &str, out: &mut Vec<String>) {
            for m in &s.fields {
                if matches!(m.ty, Ty::MapKey | Ty::Note | Ty::Map(_) | Ty::Custom { .. }) {
                    continue;
                }
                let path = join(prefix, m.key);
                if let Ty::Struct(f) = &m.ty {
                    keys(&f(), &path, out);
                }
                out.push(path);
            }
        }
        let mut all = Vec::new();
        keys(&Ruleset::describe(), "", &mut all);
        assert!(all.len() > 40, "{}", all.len());
        for path in all {
            let mut w = v.clone();
            let mut at = &mut w;
            let steps: Vec<&str> = path.split('.').collect();
            for k in &steps[..steps.len() - 1] {
                let Value::Object(entries) = at else { panic!("{path}") };
                at = &mut entries.iter_mut().find(|(key, _)| key == k).unwrap().1;
            }
            let Value::Object(entries) = at else { panic!("{path}") };
            entries.retain(|(key, _)| key != steps[steps.len() - 1]);
            let problems = crate::ruleset::read(&w).unwrap_err();
            assert_eq!(problems[0].path, path, "{problems:?}");
        }
    }
}
