use super::*;

fn reader(text: &str) -> Reader<'_> {
    Reader::new(text.as_bytes())
}

fn skips(text: &str) -> Result<(), Error> {
    let mut r = reader(text);
    r.skip()?;
    r.finish()
}

#[test]
fn strings_borrow_unless_escaped() {
    assert!(matches!(
        reader(r#""Zoé""#).string().unwrap(),
        Cow::Borrowed("Zoé")
    ));
    let escaped = reader(r#""a\"b\\c\/d\n\u00e9\ud83d\ude00""#)
        .string()
        .unwrap();
    assert_eq!(escaped, "a\"b\\c/d\né😀");
}

#[test]
fn long_strings_end_where_they_should() {
    // Each special byte at each offset of an eight-byte word, after long plain runs.
    for special in ["\\\"", "\\n", "\"", "é"] {
        for offset in 0..17 {
            let body = format!("{}{special}{}", "a".repeat(offset), "bcdéfghij".repeat(3));
            let json = format!("\"{body}\"");
            let mut r = reader(&json);
            if special == "\"" {
                assert_eq!(r.string().unwrap(), "a".repeat(offset));
            } else {
                let expected: String = serde_json::from_str(&json).unwrap();
                assert_eq!(r.string().unwrap(), expected, "{json}");
                r.finish().unwrap();
            }
        }
    }
    let control = format!("\"{}\u{1}\"", "a".repeat(11));
    assert!(reader(&control).string().is_err());
}

#[test]
fn numbers_follow_the_grammar() {
    for good in ["0", "-0", "12", "-3.25", "1e5", "2.5E-3", "7e+2"] {
        assert_eq!(reader(good).number_text().unwrap(), good);
    }
    for bad in ["01", "-", "1.", ".5", "1e", "+1", "1.e3"] {
        assert!(skips(bad).is_err(), "{bad}");
    }
    assert_eq!(reader("2.5").f64().unwrap(), 2.5);
    assert!(reader("-0").f64().unwrap().is_sign_negative());
    assert_eq!(
        reader("-9007199254740993").i64().unwrap(),
        -9007199254740993
    );
    assert!(reader("1.0").i64().is_err());
}

#[test]
fn whole_documents_are_checked() {
    for good in [
        r#"{"a": [1, {"b": null}, true, false, "x"], "c": {}}"#,
        " [ ] ",
        "\"\"",
    ] {
        assert!(skips(good).is_ok(), "{good}");
    }
    for bad in [
        "{\"a\" 1}",
        "{\"a\": 1,}",
        "[1 2]",
        "[1,]",
        "{1: 2}",
        "tru",
        "nul",
        "{\"a\": 1} x",
        "\"tab\there\"",
        "\"\\x\"",
        "\"\\ud800\"",
        "'a'",
        "",
    ] {
        assert!(skips(bad).is_err(), "{bad}");
    }
}

#[test]
fn the_end_of_input_is_told_apart() {
    for cut in ["{\"a\": [1, 2", "\"open", "{\"a\"", "[tr", "\"\\u00"] {
        assert!(skips(cut).unwrap_err().at_end, "{cut}");
    }
    assert!(!skips("[1 2]").unwrap_err().at_end);
}

#[test]
fn errors_say_where() {
    let error = skips("{\n  \"a\": 1,\n  \"b\" 2\n}").unwrap_err();
    assert_eq!(error.to_string(), "expected `:` at line 3 column 7");
    let error = Reader::new(b"\"ok\xff\"").string().unwrap_err();
    assert_eq!(error.to_string(), "invalid UTF-8 at line 1 column 4");
}

#[test]
fn strings_are_utf8_exactly_as_std_decides() {
    const SAMPLES: [u8; 11] = [
        0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff,
    ];
    let plain = |byte: &u8| *byte >= 0x20 && *byte != b'"' && *byte != b'\\';
    for lead in 0x80..=0xff_u8 {
        for second in (0..=0xff_u8).filter(plain) {
            for third in SAMPLES.iter().filter(|byte| plain(byte)) {
                for fourth in SAMPLES.iter().filter(|byte| plain(byte)) {
                    let content = [lead, second, *third, *fourth];
                    // Once after enough ASCII for the eight-byte loop, once without.
                    for prefix in ["", "abcdefghi"] {
                        let text = [b"\"", prefix.as_bytes(), &content, b"\""].concat();
                        let read = Reader::new(&text).string().map(Cow::into_owned);
                        let expected = std::str::from_utf8(&content).map(str::to_owned);
                        assert_eq!(read.is_ok(), expected.is_ok(), "{content:x?}");
                        if let (Ok(read), Ok(expected)) = (read, expected) {
                            assert_eq!(read, prefix.to_owned() + &expected);
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn utf8_is_checked_where_it_is_met() {
    let error = Reader::new(b"\"abcdefgh\xc3").string().unwrap_err();
    assert_eq!(error.to_string(), "invalid UTF-8 at line 1 column 10");
    let error = Reader::new(b"\"\xc3\xa9\xf0\x9f\x98").string().unwrap_err();
    assert_eq!(error.to_string(), "invalid UTF-8 at line 1 column 4");
    assert!(skips("[1, \"\u{e9}\"]").is_ok());
    assert!(skips("[1, \u{e9}]").is_err());
    assert!(Reader::new(b"[\xff]").skip().is_err());
}

#[test]
fn values_read_in_place_nest_only_so_deep() {
    fn nested(reader: &mut Reader) -> Result<(), Error> {
        reader.array(nested)
    }
    let deep = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
    assert!(nested(&mut reader(&deep)).is_ok());
    let deeper = "[".repeat(100_000);
    let error = nested(&mut reader(&deeper)).unwrap_err();
    assert_eq!(error.message, "nested too deeply");
}

#[test]
fn skipped_values_may_nest_at_any_depth() {
    let deep = "[{\"a\":".repeat(50_000) + "1" + &"}]".repeat(50_000);
    assert!(skips(&deep).is_ok());
    assert!(skips(&"[".repeat(100_000)).unwrap_err().at_end);
}

#[test]
fn objects_give_their_keys_in_order() {
    let mut keys = Vec::new();
    reader(r#"{"n\u0061me": 1, "b": [2]}"#)
        .object(|r, key| {
            keys.push(key.to_owned());
            r.skip()
        })
        .unwrap();
    assert_eq!(keys, ["name", "b"]);
}
