//! `marginalia`: the extraction core on the command line.
//!
//! ```text
//! marginalia extract FILE        one JSON object for FILE ("-" reads stdin)
//! marginalia extract --jsonl F   JSON lines {"id","text"} in, one result per line out
//! ```
//!
//! Offsets in the output are Unicode code points, end exclusive, the
//! convention of `../shared/tools/score.py` and of the W3C annotation model.

mod output;

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: marginalia extract [--jsonl] FILE|-

  extract FILE       print the analysis of FILE as one JSON object (\"-\" reads stdin)
  extract --jsonl F  read JSON lines {\"id\": …, \"text\": …} and print one result per line
  --version          print the core's version";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("marginalia: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["--version"] => {
            println!("marginalia {}", marginalia_core::VERSION);
            Ok(())
        }
        ["extract", "--jsonl", path] | ["extract", path, "--jsonl"] => extract_jsonl(path),
        ["extract", path] => {
            let text = read_input(path)?;
            let json = output::Output::new(None, &text);
            let mut out = io::BufWriter::new(io::stdout().lock());
            serde_json::to_writer(&mut out, &json).map_err(|e| e.to_string())?;
            writeln!(out).map_err(|e| e.to_string())
        }
        _ => Err(USAGE.to_string()),
    }
}

/// Reads a file (or stdin for "-") as UTF-8, replacing invalid bytes so a
/// bad byte never stops a batch.
fn read_input(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    if path == "-" {
        io::stdin().read_to_end(&mut bytes).map_err(|e| format!("reading stdin: {e}"))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| format!("reading {path}: {e}"))?;
    }
    let text = String::from_utf8_lossy(&bytes);
    Ok(text.strip_prefix('\u{feff}').unwrap_or(&text).to_string())
}

/// A line buffer this large (bytes) is kept for the next line; a larger one,
/// grown for a long line, is freed once the line is parsed.
const LINE_KEPT: usize = 1 << 20;

fn extract_jsonl(path: &str) -> Result<(), String> {
    let mut reader: Box<dyn BufRead> = if path == "-" {
        Box::new(io::stdin().lock())
    } else {
        Box::new(io::BufReader::new(std::fs::File::open(path).map_err(|e| format!("reading {path}: {e}"))?))
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    // Lines are read as bytes into one reused buffer: a line that is not
    // UTF-8 or not JSON gets an error line and the batch goes on; memory is
    // bounded by the longest line and its analysis.
    let mut line = Vec::new();
    for n in 1.. {
        line.clear();
        let read = reader.read_until(b'\n', &mut line).map_err(|e| format!("line {n}: {e}"))?;
        if read == 0 {
            break;
        }
        let mut bytes = line.as_slice();
        if n == 1 {
            bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let written = match serde_json::from_slice::<output::Input>(bytes) {
            Ok(input) => {
                // The text is parsed out of the line: a long line's buffer
                // is let go before the analysis is made.
                if line.capacity() > LINE_KEPT {
                    line = Vec::new();
                }
                serde_json::to_writer(&mut out, &output::Output::new(Some(&input.id), &input.text))
            }
            Err(e) => {
                let why = if std::str::from_utf8(bytes).is_err() {
                    "not UTF-8".to_string()
                } else {
                    format!("not a {{\"id\", \"text\"}} object: {e}")
                };
                serde_json::to_writer(&mut out, &serde_json::json!({ "line": n, "error": why }))
            }
        };
        written.map_err(|e| e.to_string())?;
        writeln!(out).map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}
