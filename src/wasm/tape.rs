//! Results as a tape: how the wasm binding hands a result to JavaScript in one crossing.
//!
//! A `serde::Serializer` writes any result as a list of numbers (operations and their operands)
//! and one text holding every string. The JavaScript side (`boundary.js`, `decode`) walks the
//! list and builds the plain objects, cutting strings out of the text by their UTF-16 offsets.
//! Building the result property by property from the wasm side, or writing it as JSON for
//! `JSON.parse`, cost many times more (see BENCHMARKS.md). Object keys that are names in the
//! Rust types (`&'static str`) are sent once per wasm instance and then referred to by number
//! ([`Keys`]), so the JavaScript side does not create the same key strings on every call.
//!
//! Operations, each followed by its operands:
//!
//! | op | operands | value |
//! |---|---|---|
//! | 0 | | `null` (also `None` and unit) |
//! | 1 / 2 | | `false` / `true` |
//! | 3 | number | a number (NaN and the infinities as they are) |
//! | 4 | start, end | a string: `text.slice(start, end)` |
//! | 5 | n, then n values | an array |
//! | 6 | n, then n pairs of a key and a value | an object |
//!
//! | 10 | lang, n, then n values | a finding in its compact form ([`crate::finding::compact`]) |
//! | 11 | lang, a value, then a value | the renderer's tables for `lang` ([`crate::messages::Renderer`]), then the value |
//! | 12 | id | a string value that is a name sent before (a status, a rule id, a fixed field path) |
//! | 13 | id, start, end | a name value sent now (remember it as `id`, with the keys' names) |
//! | 14 | id | a long text sent before |
//! | 15 | id, start, end | a long text sent now (remember it as `id`) |
//! | 16 | then a value | forget the long texts (the table was full), then the value |
//! | 17 | record, n, then n values | a record: an object whose keys are fixed ([`crate::finding::compact::RECORDS`]) |
//!
//! Keys: `7 id` a name sent before; `8 id start end` a name sent now (remember it as `id`);
//! `9 start end` a key that is data (an object key from the input).
//!
//! Findings go in their compact form (the writer is not a human-readable serializer): rule and
//! text by index, the field, a ruleset's source, the arguments as values. Before the first
//! finding in a language, the tape carries that language's tables once per instance (`11`,
//! remembered in [`Keys`] like the names): the JavaScript side keeps them with the names and
//! renders every message from them, and drops both when it replaces the instance.

use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

use serde::ser::{self, Serialize};

use crate::finding::compact;

/// Operation codes (see the module documentation).
pub mod op {
    /// `null`.
    pub const NULL: f64 = 0.0;
    /// `false`.
    pub const FALSE: f64 = 1.0;
    /// `true`.
    pub const TRUE: f64 = 2.0;
    /// A number follows.
    pub const NUMBER: f64 = 3.0;
    /// A string: start and end offsets (UTF-16) into the text follow.
    pub const STRING: f64 = 4.0;
    /// An array: the number of items, then the items.
    pub const ARRAY: f64 = 5.0;
    /// An object: the number of entries, then each key and value.
    pub const OBJECT: f64 = 6.0;
    /// A key sent before: its number follows.
    pub const KEY: f64 = 7.0;
    /// A key sent now: its number, start and end follow.
    pub const NEW_KEY: f64 = 8.0;
    /// A key that is data: start and end follow.
    pub const DATA_KEY: f64 = 9.0;
    /// A finding in its compact form: its language (0 Danish, 1 English), the number of
    /// values, then the values.
    pub const FINDING: f64 = 10.0;
    /// The renderer's tables: the language (0 Danish, 1 English), the tables, then the value
    /// they come before.
    pub const CATALOGUE: f64 = 11.0;
    /// A string value that is a name sent before (a unit variant, a rule id): its number.
    pub const NAME: f64 = 12.0;
    /// A string value that is a name sent now: its number, start and end.
    pub const NEW_NAME: f64 = 13.0;
    /// A long text sent before: its number.
    pub const TEXT: f64 = 14.0;
    /// A long text sent now (remember it as its number): its number, start and end.
    pub const NEW_TEXT: f64 = 15.0;
    /// Forget the long texts sent before (the table was full).
    pub const FORGET_TEXTS: f64 = 16.0;
    /// A record (`finding::compact::RECORDS`): its index, the number of values, the values.
    pub const RECORD: f64 = 17.0;
}

/// The names already sent to the JavaScript side, by address and length (they are
/// `&'static str`, so an address stays the name's for the life of the instance). Bounded by the
/// number of field and variant names in the result types.
#[derive(Debug, Default)]
pub struct Keys {
    ids: HashMap<(usize, usize), u32, BuildHasherDefault<AddressHasher>>,
    /// A direct-mapped cache in front of `ids`: address, length and number of recent names.
    recent: Vec<(usize, usize, u32)>,
    /// See [`Keys::inline`].
    inline: bool,
    /// Whether the renderer's tables went over, per language.
    catalogue: [bool; 2],
    /// Long texts sent before (a ruleset's source titles), by number: at most [`TEXTS`] of at
    /// most [`TEXT_MAX`] bytes, then the table starts over.
    texts: Vec<Box<str>>,
    /// Their numbers by a sample of their bytes ([`sample`]); a text whose sample another has
    /// is sent as a string.
    sampled: HashMap<u64, u32, BuildHasherDefault<AddressHasher>>,
}

/// A text's length and three of its 8-byte windows (start, middle, end), mixed: hashing the
/// whole of each long text on every call took a few percent of a check. Texts of at least
/// 8 bytes.
fn sample(s: &str) -> u64 {
    let b = s.as_bytes();
    let word = |at: usize| {
        let mut w = [0; 8];
        w.copy_from_slice(&b[at..at + 8]);
        u64::from_le_bytes(w)
    };
    let mut h = AddressHasher::default();
    h.write_u64(b.len() as u64);
    h.write_u64(word(0));
    h.write_u64(word(b.len() / 2 - 4));
    h.write_u64(word(b.len() - 8));
    h.finish()
}

/// How many long texts the JavaScript side keeps for an instance.
const TEXTS: usize = 256;
/// The longest text kept (longer ones are sent each time).
const TEXT_MAX: usize = 512;
/// The shortest text kept.
const TEXT_MIN: usize = 32;

const RECENT: usize = 128;

impl Keys {
    /// Names that are never remembered: every name goes with its text, as a data key. For a
    /// tape written while another is being decoded (a call from inside `decode`), which must
    /// not change the numbering the outer one uses.
    pub fn inline() -> Keys {
        Keys { inline: true, ..Keys::default() }
    }

    /// The number of a name, and whether it is new.
    fn id(&mut self, name: &'static str) -> (u32, bool) {
        let key = (name.as_ptr() as usize, name.len());
        if self.recent.is_empty() {
            self.recent = vec![(0, 0, 0); RECENT];
        }
        let slot = (key.0 ^ key.1.rotate_left(7)).wrapping_mul(0x9E37_79B9) >> 7 & (RECENT - 1);
        let (p, l, id) = self.recent[slot];
        if (p, l) == key {
            return (id, false);
        }
        let next = self.ids.len() as u32;
        let (id, new) = match self.ids.entry(key) {
            std::collections::hash_map::Entry::Occupied(e) => (*e.get(), false),
            std::collections::hash_map::Entry::Vacant(e) => (*e.insert(next), true),
        };
        self.recent[slot] = (key.0, key.1, id);
        (id, new)
    }
}

/// Hashes an address and a length (Fx-style multiply and rotate): the keys are not chosen by
/// anyone, so the default DoS-resistant hasher would only cost time.
#[derive(Debug, Default)]
pub struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes at a time: long texts are hashed on every call that sends them.
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(c);
            self.write_u64(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0.rotate_left(5) ^ n as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A written result.
#[derive(Debug, Default)]
pub struct Tape {
    /// Operations and operands.
    pub ops: Vec<f64>,
    /// Every string, one after the other.
    pub text: String,
    /// The length of `text` in UTF-16 code units (JavaScript's string offsets).
    utf16: usize,
    /// The long texts written so far: byte offset and length, UTF-16 start and end.
    long: Vec<(usize, usize, usize, usize)>,
}

/// The length of `s` in UTF-16 code units: one per character, two for those beyond the BMP
/// (four bytes in UTF-8). Counted on bytes: decoding characters took a tenth of a check.
fn utf16_len(s: &str) -> usize {
    s.bytes().map(|b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum()
}

/// Writes `v` as a tape, using and extending the names already sent.
pub fn write<T: Serialize + ?Sized>(v: &T, keys: &mut Keys) -> Result<Tape, Error> {
    let mut tape = Tape::default();
    write_into(v, keys, &mut tape)?;
    Ok(tape)
}

/// [`write()`] into a tape whose buffers are reused (cleared first): the binding keeps one, so a
/// check does not allocate them anew.
pub fn write_into<T: Serialize + ?Sized>(
    v: &T,
    keys: &mut Keys,
    tape: &mut Tape,
) -> Result<(), Error> {
    tape.ops.clear();
    tape.text.clear();
    tape.long.clear();
    tape.utf16 = 0;
    let mut w = Writer { tape: std::mem::take(tape), keys };
    let result = v.serialize(&mut w);
    *tape = w.tape;
    result
}

/// Why a value could not be written: a map key that is not a string (no result type has one).
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

struct Writer<'k> {
    tape: Tape,
    keys: &'k mut Keys,
}

impl Writer<'_> {
    /// Appends a string to the text; pushes its start and end.
    fn text(&mut self, s: &str) {
        // A long text seen before in this tape (a source title cited by several findings) is
        // referred to again instead of being sent twice.
        let long = s.len() >= 32;
        if long {
            let text = &self.tape.text;
            if let Some(&(_, _, start, end)) = self.tape.long.iter().find(|(byte, len, _, _)| {
                *len == s.len() && text.get(*byte..*byte + len) == Some(s)
            }) {
                self.tape.ops.push(start as f64);
                self.tape.ops.push(end as f64);
                return;
            }
        }
        let (byte, start) = (self.tape.text.len(), self.tape.utf16);
        self.tape.text.push_str(s);
        self.tape.utf16 += utf16_len(s);
        if long {
            self.tape.long.push((byte, s.len(), start, self.tape.utf16));
        }
        self.tape.ops.push(start as f64);
        self.tape.ops.push(self.tape.utf16 as f64);
    }

    fn string(&mut self, s: &str) {
        // A long text that earlier tapes sent (the same source cited call after call) goes by
        // its number, so the JavaScript side reuses its string.
        if (TEXT_MIN..=TEXT_MAX).contains(&s.len()) && !self.keys.inline {
            let key = sample(s);
            match self.keys.sampled.get(&key) {
                Some(&id) if *self.keys.texts[id as usize] == *s => {
                    self.tape.ops.push(op::TEXT);
                    self.tape.ops.push(f64::from(id));
                    return;
                }
                Some(_) => {}
                None => {
                    if self.keys.texts.len() >= TEXTS {
                        self.keys.texts.clear();
                        self.keys.sampled.clear();
                        self.tape.ops.push(op::FORGET_TEXTS);
                    }
                    let id = self.keys.texts.len() as u32;
                    self.keys.texts.push(s.into());
                    self.keys.sampled.insert(key, id);
                    self.tape.ops.push(op::NEW_TEXT);
                    self.tape.ops.push(f64::from(id));
                    self.text(s);
                    return;
                }
            }
        }
        self.tape.ops.push(op::STRING);
        self.text(s);
    }

    /// A string value that is a name in the Rust types: sent once, then by number.
    fn name_value(&mut self, name: &'static str) {
        if self.keys.inline {
            return self.string(name);
        }
        match self.keys.id(name) {
            (id, false) => {
                self.tape.ops.push(op::NAME);
                self.tape.ops.push(f64::from(id));
            }
            (id, true) => {
                self.tape.ops.push(op::NEW_NAME);
                self.tape.ops.push(f64::from(id));
                self.text(name);
            }
        }
    }

    fn name(&mut self, name: &'static str) {
        if self.keys.inline {
            self.tape.ops.push(op::DATA_KEY);
            self.text(name);
            return;
        }
        match self.keys.id(name) {
            (id, false) => {
                self.tape.ops.push(op::KEY);
                self.tape.ops.push(f64::from(id));
            }
            (id, true) => {
                self.tape.ops.push(op::NEW_KEY);
                self.tape.ops.push(f64::from(id));
                self.text(name);
            }
        }
    }

    /// Starts a container: pushes its op and a count to fill in at the end.
    fn open(&mut self, kind: f64) -> usize {
        self.tape.ops.push(kind);
        self.tape.ops.push(0.0);
        self.tape.ops.len() - 1
    }
}

/// A container being written: where its count goes, and the count so far.
pub struct Compound<'a, 'k> {
    w: &'a mut Writer<'k>,
    at: usize,
    n: u32,
    /// For a variant wrapped in a one-entry object: the outer count's place.
    outer: Option<usize>,
}

impl Compound<'_, '_> {
    fn element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        self.n += 1;
        v.serialize(&mut *self.w)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> Result<(), Error> {
        self.n += 1;
        self.w.name(key);
        v.serialize(&mut *self.w)
    }

    fn finish(self) -> Result<(), Error> {
        self.w.tape.ops[self.at] = f64::from(self.n);
        if let Some(outer) = self.outer {
            self.w.tape.ops[outer] = 1.0;
        }
        Ok(())
    }
}

impl<'a, 'k> Writer<'k> {
    fn compound(&'a mut self, kind: f64) -> Compound<'a, 'k> {
        let at = self.open(kind);
        Compound { w: self, at, n: 0, outer: None }
    }

    /// `{ variant: <container> }`, as serde_json writes a tuple or struct variant.
    fn variant(&'a mut self, variant: &'static str, kind: f64) -> Compound<'a, 'k> {
        let outer = self.open(op::OBJECT);
        self.name(variant);
        let at = self.open(kind);
        Compound { w: self, at, n: 0, outer: Some(outer) }
    }
}

macro_rules! numbers {
    ($($method:ident: $t:ty),*) => {$(
        fn $method(self, v: $t) -> Result<(), Error> {
            self.serialize_f64(v as f64)
        }
    )*};
}

impl<'a, 'k> ser::Serializer for &'a mut Writer<'k> {
    /// Findings take their compact form here.
    fn is_human_readable(&self) -> bool {
        false
    }
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, 'k>;
    type SerializeTuple = Compound<'a, 'k>;
    type SerializeTupleStruct = Compound<'a, 'k>;
    type SerializeTupleVariant = Compound<'a, 'k>;
    type SerializeMap = Compound<'a, 'k>;
    type SerializeStruct = Compound<'a, 'k>;
    type SerializeStructVariant = Compound<'a, 'k>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.tape.ops.push(if v { op::TRUE } else { op::FALSE });
        Ok(())
    }
    // JavaScript has one number type: every number goes as an f64 (integers beyond 2^53 round,
    // as they would in JavaScript).
    numbers!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64, serialize_f32: f32);
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.tape.ops.push(op::NUMBER);
        self.tape.ops.push(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut seq = self.compound(op::ARRAY);
        for b in v {
            seq.element(b)?;
        }
        seq.finish()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.tape.ops.push(op::NULL);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    /// A unit variant is a name (`met`, a rule id): sent once per instance, then by number.
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.name_value(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.tape.ops.push(op::OBJECT);
        self.tape.ops.push(1.0);
        self.name(variant);
        v.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a, 'k>, Error> {
        Ok(self.compound(op::ARRAY))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a, 'k>, Error> {
        Ok(self.compound(op::ARRAY))
    }
    fn serialize_tuple_struct(
        self,
        name: &'static str,
        _: usize,
    ) -> Result<Compound<'a, 'k>, Error> {
        if let Some(record) = compact::RECORDS.iter().position(|(n, _)| *n == name) {
            self.tape.ops.push(op::RECORD);
            self.tape.ops.push(record as f64);
            self.tape.ops.push(0.0);
            let at = self.tape.ops.len() - 1;
            return Ok(Compound { w: self, at, n: 0, outer: None });
        }
        if let Some(lang) = compact::NAME.iter().position(|n| *n == name) {
            if !self.keys.catalogue[lang] {
                self.tape.ops.push(op::CATALOGUE);
                self.tape.ops.push(lang as f64);
                let lang = if lang == 0 { crate::Lang::Da } else { crate::Lang::En };
                crate::messages::renderer(lang).serialize(&mut *self)?;
                self.keys.catalogue[lang as usize] = true;
            }
            self.tape.ops.push(op::FINDING);
            self.tape.ops.push(lang as f64);
            self.tape.ops.push(0.0);
            let at = self.tape.ops.len() - 1;
            return Ok(Compound { w: self, at, n: 0, outer: None });
        }
        Ok(self.compound(op::ARRAY))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a, 'k>, Error> {
        Ok(self.variant(variant, op::ARRAY))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a, 'k>, Error> {
        Ok(self.compound(op::OBJECT))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a, 'k>, Error> {
        Ok(self.compound(op::OBJECT))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a, 'k>, Error> {
        Ok(self.variant(variant, op::OBJECT))
    }
}

macro_rules! compound {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Compound<'_, '_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
                self.element(v)
            }
            fn end(self) -> Result<(), Error> {
                self.finish()
            }
        }
    )*};
}
compound!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

macro_rules! fields {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Compound<'_, '_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> Result<(), Error> {
                self.field(key, v)
            }
            fn end(self) -> Result<(), Error> {
                self.finish()
            }
        }
    )*};
}
fields!(SerializeStruct, SerializeStructVariant);

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.n += 1;
        key.serialize(KeyWriter(&mut *self.w))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        v.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

/// A map key: a string, written as data.
struct KeyWriter<'a, 'k>(&'a mut Writer<'k>);

fn not_a_string<T>() -> Result<T, Error> {
    Err(Error("a map key must be a string".to_string()))
}

macro_rules! refuse {
    ($($method:ident($($t:ty),*)),*) => {$(
        fn $method(self, $(_: $t),*) -> Result<(), Error> {
            not_a_string()
        }
    )*};
}

impl ser::Serializer for KeyWriter<'_, '_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.0.tape.ops.push(op::DATA_KEY);
        self.0.text(v);
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    refuse!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str)
    );
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<(), Error> {
        not_a_string()
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        not_a_string()
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        not_a_string()
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        not_a_string()
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        not_a_string()
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        not_a_string()
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        not_a_string()
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        not_a_string()
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        not_a_string()
    }
}

/// Where [`to_json`] numbers the long texts in `names`.
#[cfg(not(target_arch = "wasm32"))]
const LONG: u32 = 1 << 31;

/// Reads a tape back into JSON, as the JavaScript side does (for tests): `names` are the keys
/// (and long texts) sent by earlier tapes and is extended with the ones this tape sends.
#[cfg(not(target_arch = "wasm32"))]
pub fn to_json(tape: &Tape, names: &mut HashMap<u32, String>) -> serde_json::Value {
    use serde_json::Value as J;
    let utf16: Vec<u16> = tape.text.encode_utf16().collect();
    let slice = |a: f64, b: f64| String::from_utf16_lossy(&utf16[a as usize..b as usize]);
    fn read(
        ops: &[f64],
        at: &mut usize,
        slice: &dyn Fn(f64, f64) -> String,
        names: &mut HashMap<u32, String>,
    ) -> J {
        let next = |at: &mut usize| {
            *at += 1;
            ops[*at - 1]
        };
        match next(at) as u32 {
            0 => J::Null,
            1 => J::Bool(false),
            2 => J::Bool(true),
            // JavaScript has one number type: a whole number reads as JSON's integer.
            3 => match next(at) {
                n if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 => J::from(n as i64),
                n => serde_json::Number::from_f64(n).map_or(J::Null, J::Number),
            },
            4 => J::String(slice(next(at), next(at))),
            5 => J::Array((0..next(at) as usize).map(|_| read(ops, at, slice, names)).collect()),
            6 => {
                let mut o = serde_json::Map::new();
                for _ in 0..next(at) as usize {
                    let key = match next(at) as u32 {
                        7 => names[&(next(at) as u32)].clone(),
                        8 => {
                            let id = next(at) as u32;
                            let name = slice(next(at), next(at));
                            names.insert(id, name.clone());
                            name
                        }
                        _ => slice(next(at), next(at)),
                    };
                    let v = read(ops, at, slice, names);
                    o.insert(key, v);
                }
                J::Object(o)
            }
            12 => J::String(names[&(next(at) as u32)].clone()),
            13 => {
                let id = next(at) as u32;
                let name = slice(next(at), next(at));
                names.insert(id, name.clone());
                J::String(name)
            }
            // Long texts are kept with the names, numbered from `LONG`.
            14 => J::String(names[&(LONG + next(at) as u32)].clone()),
            15 => {
                let id = LONG + next(at) as u32;
                let text = slice(next(at), next(at));
                names.insert(id, text.clone());
                J::String(text)
            }
            16 => {
                names.retain(|id, _| *id < LONG);
                read(ops, at, slice, names)
            }
            17 => {
                let (_, keys) = compact::RECORDS[next(at) as usize];
                let n = next(at) as usize;
                assert_eq!(n, keys.len(), "a record has a value per key");
                let mut o = serde_json::Map::new();
                for k in keys {
                    let v = read(ops, at, slice, names);
                    o.insert(k.to_string(), v);
                }
                J::Object(o)
            }
            10 => {
                let lang = if next(at) == 0.0 { crate::Lang::Da } else { crate::Lang::En };
                let n = next(at) as usize;
                let values: Vec<J> = (0..n).map(|_| read(ops, at, slice, names)).collect();
                render_compact(&values, lang)
            }
            11 => {
                next(at);
                let tables = read(ops, at, slice, names);
                let fresh =
                    tables["rules"].as_array().map(Vec::len) == Some(crate::rules::CATALOGUE.len());
                assert!(fresh, "the renderer's tables list every rule");
                read(ops, at, slice, names)
            }
            other => panic!("not an operation: {other}"),
        }
    }
    let mut at = 0;
    let v = read(&tape.ops, &mut at, &slice, names);
    assert_eq!(at, tape.ops.len(), "the tape holds one value");
    v
}

/// A finding in its compact form, rendered by the Rust renderer as the API writes it (for
/// tests: [`to_json`]).
#[cfg(not(target_arch = "wasm32"))]
fn render_compact(v: &[serde_json::Value], lang: crate::Lang) -> serde_json::Value {
    use crate::finding::{compact as c, Arg};
    use crate::messages::{self, NOUNS};
    use crate::rules::Rule;
    let rule = Rule::ALL[v[0].as_u64().expect("rule") as usize];
    let variant = match v[1].as_i64().expect("variant") {
        -1 => "",
        i => rule.entry().texts[i as usize].variant,
    };
    let int = |j: &serde_json::Value| j.as_f64().expect("a number") as i64;
    let noun = |j: &serde_json::Value| {
        let key = j.as_str().expect("a noun");
        NOUNS.iter().find(|n| n.0 == key).map_or("", |n| n.0)
    };
    let text = |j: &serde_json::Value| j.as_str().expect("a string").to_string();
    let mut args: Vec<(String, Arg)> = Vec::new();
    let mut i = 6;
    while i < v.len() {
        let name = text(&v[i]);
        let kind = v[i + 1].as_u64().expect("a kind") as u32;
        let x = &v[i + 2..];
        let (arg, used) = match kind {
            c::INT => (Arg::Int(int(&x[0])), 1),
            c::DATE => {
                let d = chrono::NaiveDate::from_ymd_opt(
                    int(&x[0]) as i32,
                    int(&x[1]) as u32,
                    int(&x[2]) as u32,
                );
                (Arg::Date(d.expect("a date")), 3)
            }
            c::TEXT => (Arg::Text(text(&x[0])), 1),
            c::LABELS | c::ALL => {
                let n = int(&x[0]) as usize;
                let codes = x[1..=n].iter().map(text).collect();
                (if kind == c::ALL { Arg::All(codes) } else { Arg::Labels(codes) }, n + 1)
            }
            c::HALVES => (Arg::Halves(int(&x[0])), 1),
            c::COUNT => (Arg::Count(int(&x[0]), noun(&x[1])), 2),
            c::RANGE => (Arg::Range(int(&x[0]), int(&x[1]), noun(&x[2])), 3),
            c::AMOUNT => (Arg::Amount(x[0].as_f64().expect("a number"), noun(&x[1])), 2),
            c::EVERY => (Arg::Every(int(&x[0])), 1),
            other => panic!("not an argument kind: {other}"),
        };
        args.push((name, arg));
        i += 2 + used;
    }
    let args: Vec<(&str, Arg)> = args.iter().map(|(n, a)| (n.as_str(), a.clone())).collect();
    let source = match (&v[4], &v[5]) {
        (serde_json::Value::Null, _) => {
            let (title, reference) = rule.entry().source;
            serde_json::json!({ "title": title, "ref": reference })
        }
        (title, reference) => serde_json::json!({ "title": title, "ref": reference }),
    };
    let severity = ["error", "warning", "info"][v[2].as_u64().expect("severity") as usize];
    serde_json::json!({
        "rule": rule.id(),
        "severity": severity,
        "field": v[3],
        "message": messages::render(rule, variant, &args, lang),
        "source": source,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Long texts go once per instance, by number afterwards; the table starts over when full,
    /// and texts that share a sample are each read back as themselves.
    #[test]
    fn long_texts_are_sent_once_and_read_back() {
        let mut keys = Keys::default();
        let mut names = HashMap::new();
        let title = "Inspirationskatalog: Joborienteret mestringsforløb (2013)".to_string();
        // Same length, start, middle and end: the same sample.
        let twin = title.replacen("katalog", "katalag", 1);
        assert_eq!(sample(&title), sample(&twin));
        let first = write(&[&title, &twin], &mut keys).unwrap();
        let again = write(&[&title, &twin], &mut keys).unwrap();
        assert!(again.ops.contains(&op::TEXT) && again.text == twin, "{:?}", again.text);
        for t in [&first, &again] {
            assert_eq!(to_json(t, &mut names), serde_json::json!([title, twin]));
        }
        for round in 0..3 {
            let many: Vec<String> = (0..300).map(|i| format!("{title} {round} {i:04}")).collect();
            let tape = write(&many, &mut keys).unwrap();
            assert_eq!(to_json(&tape, &mut names), serde_json::json!(many));
            assert!(tape.ops.contains(&op::FORGET_TEXTS));
            assert!(keys.texts.len() <= TEXTS);
        }
    }

    #[test]
    fn reads_back_as_serde_json_writes() {
        let mut keys = Keys::default();
        let mut names = HashMap::new();
        let v = serde_json::json!({"a": [1, -2, 2.5, null, true, "x\"\\\n\u{1}é😀"], "b": {"c": 1e300, "": ""}, "__proto__": {}});
        let tape = write(&v, &mut keys).unwrap();
        assert_eq!(to_json(&tape, &mut names), v);

        // Long texts are sent once per tape; one that begins another is still its own.
        let long = "Inspirationskatalog: Joborienteret mestringsforløb (2013)";
        let longer = format!("{long}, figur 2");
        let v = serde_json::json!([longer, long, longer, long]);
        let tape = write(&v, &mut keys).unwrap();
        assert_eq!(to_json(&tape, &mut names), v);
        assert_eq!(tape.text.len(), long.len() + longer.len());

        #[derive(serde::Serialize)]
        #[serde(rename_all = "camelCase")]
        struct S {
            first_name: &'static str,
            when: Option<u32>,
            kind: Kind,
        }
        #[derive(serde::Serialize)]
        #[serde(rename_all = "snake_case")]
        enum Kind {
            NotMet,
        }
        let s = S { first_name: "Ærø", when: None, kind: Kind::NotMet };
        let first = write(&s, &mut keys).unwrap();
        let second = write(&s, &mut keys).unwrap();
        assert!(second.text.len() < first.text.len(), "names are sent once");
        let inline = write(&s, &mut Keys::inline()).unwrap();
        assert!(!inline.ops.contains(&op::KEY) && !inline.ops.contains(&op::NEW_KEY));
        assert_eq!(to_json(&inline, &mut HashMap::new()), serde_json::to_value(&s).unwrap());
        for tape in [first, second] {
            assert_eq!(to_json(&tape, &mut names), serde_json::to_value(&s).unwrap());
        }
    }
}
