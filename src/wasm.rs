//! The JavaScript binding: the only module that knows about `wasm_bindgen` and `js_sys`.
//!
//! Each export does three things: read the JavaScript value into a [`Value`] (one walk, bounded
//! in depth and size, so a cyclic or huge object cannot hang or overflow the stack), call the
//! core, and write the result as plain JSON-compatible objects (`null`, never `undefined`).
//! It throws only a `TypeError` for an argument that is not an object, or the caller's own error
//! when one of the caller's getters or proxies throws while it is read.

use js_sys::{Array, JsString, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::value::{Value, MAX_DEPTH, MAX_ENTRIES};
use crate::{messages, ruleset, Lang, NotAnObject};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("types.d.ts");

fn read(v: &JsValue, depth: usize) -> Result<Value, JsValue> {
    if v.is_null() || v.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = v.as_f64() {
        return Ok(Value::Number(n));
    }
    if let Some(s) = v.as_string() {
        return Ok(Value::String(s));
    }
    if v.is_bigint() {
        return Ok(Value::Unsupported("bigint"));
    }
    if v.is_symbol() {
        return Ok(Value::Unsupported("symbol"));
    }
    if v.is_function() {
        return Ok(Value::Unsupported("function"));
    }
    if v.is_instance_of::<js_sys::Date>() {
        return Ok(Value::Unsupported("Date object"));
    }
    if depth > MAX_DEPTH {
        return Ok(Value::Unsupported("too deeply nested"));
    }
    if Array::is_array(v) {
        let len = Reflect::get(v, &JsValue::from_str("length"))?.as_f64().unwrap_or(0.0);
        let n = (len.max(0.0) as usize).min(MAX_ENTRIES);
        let mut items = Vec::with_capacity(n);
        for i in 0..n {
            items.push(read(&Reflect::get_u32(v, i as u32)?, depth + 1)?);
        }
        return Ok(Value::Array(items));
    }
    let keys = Reflect::own_keys(v.unchecked_ref())?;
    let mut entries = Vec::new();
    for key in keys.iter() {
        if entries.len() >= MAX_ENTRIES {
            break;
        }
        // Symbol keys are not data; string keys only.
        let Some(name) = key.dyn_ref::<JsString>().map(String::from) else { continue };
        let item = Reflect::get(v, &key)?;
        if item.is_undefined() {
            continue;
        }
        entries.push((name, read(&item, depth + 1)?));
    }
    Ok(Value::Object(entries))
}

fn write<T: Serialize>(v: &T) -> Result<JsValue, JsValue> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| js_sys::Error::new(&e.to_string()).into())
}

fn type_error(e: NotAnObject) -> JsValue {
    js_sys::TypeError::new(&e.to_string()).into()
}

fn optional(v: Option<js_sys::Object>) -> Result<Option<Value>, JsValue> {
    v.map(|o| read(&o, 0)).transpose()
}

/// Checks a referral against the target group. Throws a `TypeError` only when `referral` (or
/// `options`, when given) is not an object.
#[wasm_bindgen(js_name = checkReferral, unchecked_return_type = "ReferralResult")]
pub fn check_referral(
    #[wasm_bindgen(unchecked_param_type = "Referral")] referral: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: Option<js_sys::Object>,
) -> Result<JsValue, JsValue> {
    let options = optional(options)?;
    let input = read(&referral, 0)?;
    let result = crate::check_referral(&input, options.as_ref()).map_err(type_error)?;
    write(&result)
}

/// The embedded ruleset as a plain object, to read or to change and pass as `options.ruleset`.
#[wasm_bindgen(js_name = defaultRuleset, unchecked_return_type = "Ruleset")]
pub fn default_ruleset() -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(ruleset::DEFAULT_JSON)
}

/// The message catalogue in `lang` (`"da"`, the default, or `"en"`).
#[wasm_bindgen(js_name = messages, unchecked_return_type = "Catalogue")]
pub fn messages_js(#[wasm_bindgen(unchecked_param_type = "Lang")] lang: Option<JsString>) -> Result<JsValue, JsValue> {
    let lang = match lang.map(JsValue::from) {
        None => Lang::Da,
        Some(v) if v.is_null() || v.is_undefined() => Lang::Da,
        Some(v) => v.as_string().as_deref().and_then(Lang::parse).ok_or_else(|| {
            JsValue::from(js_sys::TypeError::new("mestring: messages(lang) takes \"da\" or \"en\""))
        })?,
    };
    write(&messages::catalogue(lang))
}

/// Package and ruleset versions.
#[wasm_bindgen(js_name = version, unchecked_return_type = "Versions")]
pub fn version() -> Result<JsValue, JsValue> {
    write(&crate::versions())
}
