//! The reader's library: the documents they loaded, with the core's analysis.

use marginalia_core::{Analysis, analyze};
use serde::{Deserialize, Serialize};

/// A loaded article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: u64,
    pub title: String,
    /// The file it came from, or `None` when pasted.
    pub source: Option<String>,
    pub text: String,
    #[serde(skip)]
    pub analysis: Analysis,
}

impl Document {
    /// A document for `text`, analysed, titled from its first line.
    pub fn new(id: u64, source: Option<String>, text: String) -> Self {
        let title = title_of(&text, source.as_deref());
        let analysis = analyze(&text);
        Self { id, title, source, text, analysis }
    }

    /// Re-runs the analysis (after deserialising, which skips it).
    pub fn reanalyzed(mut self) -> Self {
        self.analysis = analyze(&self.text);
        self
    }

    /// Check-worthy claims: the count the library, legend and panel show.
    pub fn checkworthy(&self) -> usize {
        crate::findings::claims_by_score(&self.analysis).len()
    }

    /// Quotes that are not scare quotes.
    pub fn quote_count(&self) -> usize {
        crate::findings::quotes_by_speaker(&self.analysis).iter().map(|(_, ids)| ids.len()).sum()
    }

    /// Figures (numbers that are not identifiers).
    pub fn figure_count(&self) -> usize {
        crate::findings::figures(&self.analysis).len()
    }
}

/// The first non-empty line, shortened; else the file name; else "Untitled".
pub fn title_of(text: &str, source: Option<&str>) -> String {
    const MAX: usize = 80;
    let line = text.lines().map(str::trim).find(|l| !l.is_empty() && l.chars().any(char::is_alphanumeric));
    match line {
        Some(l) if l.chars().count() > MAX => format!("{}…", l.chars().take(MAX - 1).collect::<String>().trim_end()),
        Some(l) => l.to_string(),
        None => source.unwrap_or("Untitled").to_string(),
    }
}

/// All documents, in the order they were loaded, and which one is open.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Library {
    pub documents: Vec<Document>,
    pub current: Option<u64>,
    next_id: u64,
}

impl Library {
    /// Adds a document and opens it; returns its id.
    pub fn add(&mut self, source: Option<String>, text: String) -> u64 {
        self.next_id = self.next_id.max(self.documents.iter().map(|d| d.id + 1).max().unwrap_or(0));
        let id = self.next_id;
        self.next_id += 1;
        self.documents.push(Document::new(id, source, text));
        self.current = Some(id);
        id
    }

    pub fn open(&mut self, id: u64) {
        if self.documents.iter().any(|d| d.id == id) {
            self.current = Some(id);
        }
    }

    /// Removes a document; the neighbour after it (or before) opens.
    pub fn remove(&mut self, id: u64) {
        let Some(i) = self.documents.iter().position(|d| d.id == id) else { return };
        self.documents.remove(i);
        if self.current == Some(id) {
            self.current = self.documents.get(i).or_else(|| self.documents.last()).map(|d| d.id);
        }
    }

    pub fn current(&self) -> Option<&Document> {
        self.current.and_then(|id| self.documents.iter().find(|d| d.id == id))
    }

    /// Moves the open document by `delta` places in the list (wrapping).
    pub fn step(&mut self, delta: isize) {
        let n = self.documents.len() as isize;
        if n == 0 {
            return;
        }
        let i = self.current.and_then(|id| self.documents.iter().position(|d| d.id == id)).map_or(0, |i| i as isize);
        let j = (i + delta).rem_euclid(n) as usize;
        self.current = Some(self.documents[j].id);
    }

    /// The library as stored: JSON without the analyses (they are recomputed).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    /// Restores a stored library, recomputing the analyses. Broken JSON gives
    /// an error rather than an empty library, so the caller can keep the
    /// stored text instead of overwriting it.
    pub fn from_json(json: &str) -> Result<Self, serde_json::Error> {
        let mut lib: Library = serde_json::from_str(json)?;
        lib.documents = lib.documents.into_iter().map(Document::reanalyzed).collect();
        if lib.current.is_some() && lib.current().is_none() {
            lib.current = lib.documents.first().map(|d| d.id);
        }
        Ok(lib)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_come_from_the_first_line() {
        assert_eq!(title_of("\n\n  Big News Today  \nBody.", None), "Big News Today");
        assert_eq!(title_of("   ", Some("a.txt")), "a.txt");
        let long = "word ".repeat(40);
        assert!(title_of(&long, None).ends_with('…'));
        assert!(title_of(&long, None).chars().count() <= 80);
    }

    #[test]
    fn add_open_step_remove() {
        let mut lib = Library::default();
        let a = lib.add(None, "A. One.".into());
        let b = lib.add(Some("b.txt".into()), "B. Two.".into());
        assert_eq!(lib.current, Some(b));
        lib.step(1);
        assert_eq!(lib.current, Some(a));
        lib.open(b);
        lib.remove(b);
        assert_eq!(lib.current, Some(a));
        lib.remove(a);
        assert_eq!(lib.current, None);
    }

    #[test]
    fn stored_library_round_trips_and_reanalyzes() {
        let mut lib = Library::default();
        lib.add(None, "Russia launched 50 drones, officials said.".into());
        let back = Library::from_json(&lib.to_json()).unwrap();
        assert_eq!(back.documents[0].text, lib.documents[0].text);
        assert_eq!(back.documents[0].analysis, lib.documents[0].analysis);
        // New ids never collide with restored ones.
        let mut back = back;
        let id = back.add(None, "x".into());
        assert_ne!(id, back.documents[0].id);
    }

    #[test]
    fn broken_storage_is_an_error_not_an_empty_library() {
        assert!(Library::from_json("{not json").is_err());
        assert!(Library::from_json("[1,2]").is_err());
    }
}
