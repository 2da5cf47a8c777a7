//! The training data, read from JSON, and the seeded shuffle.

use serde::Deserialize;

/// One labelled sentence: on its own (ClaimBuster), or a sentence of a
/// news article (`article`, a file next to the labels), read in context.
#[derive(Debug, Clone, Deserialize)]
pub struct Example {
    pub text: String,
    #[serde(deserialize_with = "label")]
    pub label: bool,
    #[serde(default)]
    pub article: Option<String>,
}

fn label<'de, D: serde::Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(u8::deserialize(d)? == 1)
}

/// Reads a JSON array of `{"text": …, "label": 0|1}` (ClaimBuster's form).
pub fn read(path: &str) -> Result<Vec<Example>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("reading {path}: {e}"))?;
    serde_json::from_slice(&bytes).map_err(|e| format!("{path} is not a JSON array of {{text, label}}: {e}"))
}

/// A labelled article: its text and its labelled sentences.
pub struct Article {
    pub name: String,
    pub text: String,
    pub sentences: Vec<Example>,
}

/// Reads news labels (`[{"article", "text", "label"}]`) and the articles
/// they name, from the labels file's folder.
pub fn read_news(path: &str) -> Result<Vec<Article>, String> {
    let dir = std::path::Path::new(path).parent().unwrap_or(std::path::Path::new("."));
    let mut out: Vec<Article> = Vec::new();
    for e in read(path)? {
        let name = e.article.clone().ok_or_else(|| format!("{path}: a sentence without its \"article\""))?;
        if out.last().is_none_or(|a| a.name != name) {
            let file = dir.join(&name);
            let text = std::fs::read_to_string(&file).map_err(|err| format!("reading {}: {err}", file.display()))?;
            out.push(Article { name, text, sentences: Vec::new() });
        }
        if let Some(a) = out.last_mut() {
            a.sentences.push(e);
        }
    }
    Ok(out)
}

#[derive(Deserialize)]
struct Gold {
    article: String,
    claims: Vec<GoldClaim>,
}

#[derive(Deserialize)]
struct GoldClaim {
    text: String,
    checkworthy: bool,
}

/// Reads the seed gold (`DIR/*.gold.json`, articles in `seeds`) as labelled
/// articles, sorted by name.
pub fn read_gold(dir: &str, seeds: &str) -> Result<Vec<Article>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("reading {dir}: {e}"))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".gold.json"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|n| {
            let path = format!("{dir}/{n}");
            let bytes = std::fs::read(&path).map_err(|e| format!("reading {path}: {e}"))?;
            let g: Gold = serde_json::from_slice(&bytes).map_err(|e| format!("{path}: {e}"))?;
            let file = format!("{seeds}/{}", g.article);
            let text = std::fs::read_to_string(&file).map_err(|e| format!("reading {file}: {e}"))?;
            let sentences =
                g.claims.into_iter().map(|c| Example { text: c.text, label: c.checkworthy, article: None }).collect();
            Ok(Article { name: g.article, text, sentences })
        })
        .collect()
}

/// 0..n in a fixed pseudo-random order (xorshift64*, Fisher–Yates).
pub fn shuffled(n: usize, seed: u64) -> Vec<usize> {
    let mut state = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let mut next = move || {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    };
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shuffle_is_a_fixed_permutation() {
        let a = shuffled(100, 7);
        let mut sorted = a.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..100).collect::<Vec<_>>());
        assert_eq!(a, shuffled(100, 7));
        assert_ne!(a, shuffled(100, 8));
    }
}
