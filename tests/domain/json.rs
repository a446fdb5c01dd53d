//! The app's small JSON reader and writer, checked against serde_json as the reference.

use backcheck::storage::json::Json;
use proptest::prelude::*;

/// serde_json's view of our value, for comparing the two readers.
fn to_serde(json: &Json) -> serde_json::Value {
    match json {
        Json::Null => serde_json::Value::Null,
        Json::Bool(yes) => serde_json::Value::Bool(*yes),
        Json::Number(text) => serde_json::from_str(text).unwrap(),
        Json::String(text) => serde_json::Value::String(text.clone()),
        Json::Array(items) => serde_json::Value::Array(items.iter().map(to_serde).collect()),
        Json::Object(members) => {
            serde_json::Value::Object(members.iter().map(|(key, value)| (key.clone(), to_serde(value))).collect())
        }
    }
}

#[test]
fn reads_and_writes_the_shapes_the_app_uses() {
    let text = r#" {"version": 2, "data": {"list": [true, false, null, 0, -1.5e3, "a\"b\\c\n\u00e9\ud83d\ude00"], "empty": {}, "none": []}} "#;
    let json = Json::parse(text).unwrap();
    assert_eq!(json.get("version").and_then(Json::as_u64), Some(2));
    let list = json.get("data").and_then(|d| d.get("list")).and_then(Json::as_array).unwrap();
    assert_eq!(list[5].as_str(), Some("a\"b\\c\né😀"));
    assert_eq!(list[4].as_u64(), None, "only whole numbers are read out");
    assert_eq!(json.to_text(), r#"{"version":2,"data":{"list":[true,false,null,0,-1.5e3,"a\"b\\c\né😀"],"empty":{},"none":[]}}"#);
    assert_eq!(Json::parse(&json.to_pretty_text()), Some(json.clone()));
    assert!(json.to_pretty_text().contains("\n  \"data\": {\n    \"list\": [\n      true,"));
}

#[test]
fn refuses_what_is_not_json() {
    for text in [
        "", " ", "{", "}", "[1,]", "{\"a\":1,}", "{a:1}", "'a'", "01", "1.", ".5", "-", "1e", "+1", "nul", "truex",
        "\"\u{1}\"", "\"\\x\"", "\"\\ud800\"", "\"\\udc00\"", "\"abc", "[1 2]", "{\"a\" 1}", "1 2", "NaN",
    ] {
        assert_eq!(Json::parse(text), None, "{text:?}");
    }
    let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
    assert_eq!(Json::parse(&deep), None, "very deep nesting is refused, not a stack overflow");
    assert!(Json::parse(&format!("{}{}", "[".repeat(60), "]".repeat(60))).is_some());
}

#[test]
fn a_repeated_key_counts_once_its_last_value() {
    let json = Json::parse(r#"{"version":1,"version":2}"#).unwrap();
    assert_eq!(json.get("version").and_then(Json::as_u64), Some(2));
}

fn arbitrary_json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<u64>().prop_map(Json::from),
        any::<i32>().prop_map(|n| Json::Number(n.to_string())),
        "\\PC{0,12}".prop_map(Json::String),
        any::<String>().prop_map(Json::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
            // Distinct keys: serde_json keeps one of each, and so does the app's `get`.
            prop::collection::btree_map("[a-z\"\\\\]{0,6}", inner, 0..6).prop_map(|m| Json::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn what_it_writes_serde_json_reads_the_same(json in arbitrary_json()) {
        let text = json.to_text();
        let reference: serde_json::Value = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(&reference, &to_serde(&json));
        prop_assert_eq!(Json::parse(&text), Some(json.clone()));
        prop_assert_eq!(Json::parse(&json.to_pretty_text()), Some(json));
    }

    #[test]
    fn what_serde_json_writes_it_reads_the_same(json in arbitrary_json()) {
        let text = serde_json::to_string(&to_serde(&json)).unwrap();
        let ours = Json::parse(&text).unwrap();
        prop_assert_eq!(to_serde(&ours), to_serde(&json));
    }

    #[test]
    fn on_any_text_it_agrees_with_serde_json_on_what_is_json(text in "[\\[\\]{}\",:0-9eE.+\\-a-z\\\\ ]{0,24}") {
        let ours = Json::parse(&text);
        let reference = serde_json::from_str::<serde_json::Value>(&text);
        prop_assert_eq!(ours.is_some(), reference.is_ok(), "{:?}", text);
        if let (Some(ours), Ok(reference)) = (ours, reference) {
            prop_assert_eq!(to_serde(&ours), reference);
        }
    }
}
