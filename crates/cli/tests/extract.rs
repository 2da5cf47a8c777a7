//! The CLI's output contract (../shared/tools/score.py reads it).

use std::io::Write;
use std::process::{Command, Stdio};

fn marginalia(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_marginalia"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    child.stdin.take().expect("stdin").write_all(stdin).expect("writes");
    let out = child.wait_with_output().expect("finishes");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn extract_reports_code_point_offsets() {
    // The emoji and accent make byte, code point and UTF-16 offsets differ.
    let text = "Café 👋 news.\n\n“We will see,” said Fiona Hill. Russia lost 5,000 troops.";
    let (code, out, err) = marginalia(&["extract", "-"], text.as_bytes());
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("one JSON object");
    let chars: Vec<char> = text.chars().collect();
    let slice = |o: &serde_json::Value| -> String {
        let (s, e) = (o["start"].as_u64().unwrap() as usize, o["end"].as_u64().unwrap() as usize);
        chars[s..e].iter().collect()
    };
    let q = &v["quotes"][0];
    assert_eq!(slice(q), "“We will see,”");
    assert_eq!(q["speaker"], "Fiona Hill");
    assert_eq!(q["cue"], "said");
    assert_eq!(q["kind"], "direct");
    let n = &v["numbers"][0];
    assert_eq!(slice(n), "5,000 troops");
    assert_eq!(n["value"], 5000.0);
    assert!(
        v["claims"].as_array().unwrap().iter().all(|c| c["score"].as_f64().is_some() && c["checkworthy"].is_boolean())
    );
}

#[test]
fn jsonl_batch_keeps_ids_and_reports_bad_lines() {
    let input = b"{\"id\": \"a\", \"text\": \"It cost $5 million.\"}\nnot json\n{\"id\": 7, \"text\": \"\"}\n";
    let (code, out, _) = marginalia(&["extract", "--jsonl", "-"], input);
    assert_eq!(code, 0);
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["numbers"][0]["unit"], "USD");
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().contains("not a"));
    assert_eq!(lines[2]["id"], 7);
}

/// A BOM before the first record, a line that is not UTF-8 and a line that
/// is not JSON: each bad line gets an error line, the later ones are read.
#[test]
fn jsonl_batch_survives_a_bom_and_bad_bytes() {
    let input = b"\xef\xbb\xbf{\"id\": 1, \"text\": \"12 people.\"}\n{\"id\": 2, \"text\": \"bad \xff\"}\n{\"id\": 3, \"text\": \"$4 million.\"}\n";
    let (code, out, err) = marginalia(&["extract", "--jsonl", "-"], input);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["numbers"][0]["value"], 12.0);
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[1]["error"], "not UTF-8");
    assert_eq!(lines[2]["id"], 3);
}

#[test]
fn invalid_utf8_is_replaced_not_fatal() {
    let (code, out, _) = marginalia(&["extract", "-"], b"Bad \xff byte. 12 people.");
    assert_eq!(code, 0);
    assert!(out.contains("12 people"));
}

#[test]
fn usage_errors_exit_2() {
    let (code, _, err) = marginalia(&["frobnicate"], b"");
    assert_eq!(code, 2);
    assert!(err.contains("usage: marginalia extract"));
    let (code, _, err) = marginalia(&["extract", "/no/such/file"], b"");
    assert_eq!(code, 2);
    assert!(err.contains("/no/such/file"));
}
