//! The app's state: the library and the actions that change it, and the
//! parts with one job each — saving ([`saving`]), notices ([`notices`]).

mod notices;
mod saving;

pub use notices::{Notice, Notices};
pub use saving::{SaveStatus, Saving};

use leptos::prelude::*;
use marginalia_model::annotation::{Edge, Review, SuggestionKey, nudge, snap_to_words};
use marginalia_model::chars::shown;
use marginalia_model::findings::Finding;
use marginalia_model::{Library, PageMeta};

/// The panes a narrow screen shows one at a time (see `AppState::pane`).
pub const ARTICLE: &str = "article";
pub const PANES: [(&str, &str); 3] = [(ARTICLE, "Article"), ("library", "Library"), ("findings", "Findings")];

/// Which kinds of highlight the reader shows (the legend's toggles).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layers {
    pub quotes: bool,
    pub numbers: bool,
    pub claims: bool,
}

impl Default for Layers {
    fn default() -> Self {
        Self { quotes: true, numbers: true, claims: true }
    }
}

/// A panel that opens over the page from a button: one at a time, and Esc
/// closes it (see `AppState::panel`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Tags,
    ExportOptions,
}

/// Texts this long (bytes) say, on the article, that their findings are
/// being made; shorter ones take less time than reading the note would.
pub const BIG_TEXT: usize = 256 * 1024;
/// Texts this long are shown, plain, before their findings are made (which
/// takes the worker a second or more); shorter ones are shown once, with
/// them, which is sooner than painting them twice (measured, README).
pub const PLAIN_FIRST: usize = 1536 * 1024;

/// What the busy line says while `doc`'s findings are being made.
pub fn analysing(doc: &marginalia_model::Document) -> String {
    analysing_text(doc.source.as_deref(), doc.text.len())
}

/// What the busy line says while the findings of a text of `bytes` from
/// file `source` (`None`: pasted) are being made.
fn analysing_text(source: Option<&str>, bytes: usize) -> String {
    let what = source.map_or_else(|| "the pasted text".to_string(), |s| format!("“{}”", shown(s)));
    match bytes as f64 / 1_048_576.0 {
        mb if mb >= 0.1 => format!("Analyzing {what} ({mb:.1} MB)…"),
        _ => format!("Analyzing {what}…"),
    }
}

/// The app's state, in parts with one job each: the library and every
/// change to it (the methods below, each undoable), its saving, the
/// notices, and what the reader sees (selection, layers, search, busy line).
#[derive(Clone, Copy)]
pub struct AppState {
    /// Private: every change goes through the methods below.
    library: RwSignal<Library>,
    pub notices: Notices,
    pub saving: Saving,
    pub selected: RwSignal<Option<Finding>>,
    pub layers: RwSignal<Layers>,
    /// The reader's search: the panel lists, and the article highlights,
    /// only what matches (see `marginalia_model::findings::matches`).
    pub query: RwSignal<String>,
    /// What the app is busy with, while it takes a moment ("Reading…",
    /// "Analyzing…"), for the header.
    pub busy: RwSignal<Option<String>>,
    /// On a narrow screen, which of the three panes is shown: "article",
    /// "library" or "findings" (wide screens show all three).
    pub pane: RwSignal<String>,
    /// Whether the view across the library (who said what, figures that
    /// disagree, quote variants) is open over the page.
    pub across: RwSignal<bool>,
    /// The panel open over the page, if any.
    pub panel: RwSignal<Option<Panel>>,
    /// The claim whose check the reader has open in the side panel, by its span.
    pub checking: RwSignal<Option<marginalia_core::Span>>,
    /// What the reader has typed in that check's form, not saved yet: kept
    /// here, so the form is made again with it when the panel is.
    pub check_draft: StoredValue<Option<(marginalia_core::Span, marginalia_model::check::Check)>>,
    /// The documents the library lists (its filters applied), in order:
    /// Alt+↓ and Alt+↑ step through these.
    pub listed: StoredValue<Vec<u64>>,
    /// The pending documents whose findings the worker has been asked for.
    requested: StoredValue<Vec<u64>>,
    /// The suggestion last selected, with its document: after Esc, `j`
    /// goes on from there rather than from the top.
    last_step: StoredValue<Option<(u64, SuggestionKey)>>,
    /// The state of the rehearsal before the first paste (`warmup`): shown
    /// out of sight, it leaves what the page shares alone (the mark of a
    /// document being opened, the painter of a long document, the
    /// selection's marks).
    rehearsal: bool,
}

impl AppState {
    /// The state, with the library restored from storage when there is
    /// one (see `Saving::restore`).
    pub async fn restore() -> Self {
        let state = Self::empty();
        if let Some(lib) = state.saving.restore().await {
            state.library.set(lib);
            state.analyse_pending();
        }
        state
    }

    pub fn empty() -> Self {
        let library = RwSignal::new(Library::default());
        let notices = Notices::new();
        Self {
            library,
            notices,
            saving: Saving::new(library, notices),
            selected: RwSignal::new(None),
            layers: RwSignal::new(Layers::default()),
            query: RwSignal::new(String::new()),
            busy: RwSignal::new(None),
            pane: RwSignal::new(ARTICLE.into()),
            across: RwSignal::new(false),
            panel: RwSignal::new(None),
            checking: RwSignal::new(None),
            check_draft: StoredValue::new(None),
            listed: StoredValue::new(Vec::new()),
            requested: StoredValue::new(Vec::new()),
            last_step: StoredValue::new(None),
            rehearsal: false,
        }
    }

    /// Opens `panel`, or closes it when it is open (its button pressed again).
    pub fn toggle_panel(&self, panel: Panel) {
        self.panel.update(|open| *open = if *open == Some(panel) { None } else { Some(panel) });
    }

    /// A state for the rehearsal before the first paste (see `warmup`).
    pub fn rehearsal() -> Self {
        Self { rehearsal: true, ..Self::empty() }
    }

    pub fn is_rehearsal(&self) -> bool {
        self.rehearsal
    }

    /// Reads the library, tracked (a view or effect that calls it runs
    /// again when the library changes). Every change goes through
    /// `AppState`'s methods.
    pub fn with_library<R>(&self, f: impl FnOnce(&Library) -> R) -> R {
        self.library.with(f)
    }

    /// Reads the library without tracking it.
    pub fn peek_library<R>(&self, f: impl FnOnce(&Library) -> R) -> R {
        self.library.with_untracked(f)
    }

    /// Adds a text as a new document and opens it.
    pub fn add_text(&self, source: Option<String>, text: String) {
        self.add_page(source, text, None);
    }

    /// Adds a document from a web page, with what the page said about
    /// itself (see [`AppState::add_text`]).
    pub fn add_page(&self, source: Option<String>, text: String, page: Option<PageMeta>) {
        if text.trim().is_empty() {
            self.notices.say("There is no text to analyze: paste an article or drop a file.".into(), true);
            return;
        }
        // The same text again is the document already there: opened, not copied.
        let same = self
            .library
            .with_untracked(|l| l.documents.iter().find(|d| d.text == text).map(|d| (d.id, d.title.clone())));
        if let Some((id, title)) = same {
            self.open(id);
            // Not "open now": other files of the same drop may open after it.
            self.notices.say(format!("“{title}” is already in your library: it was not added again."), false);
            return;
        }
        let _ = self.show_article();
        if text.len() >= PLAIN_FIRST {
            // Shown at once, plain, while the worker finds what is in it (the
            // page keeps answering).
            self.selected.set(None);
            return self.add_plain_first(source, text, page);
        }
        // A shorter text is shown once its findings are made, a moment later
        // (the busy line says so meanwhile): painted once, not twice.
        let state = *self;
        let message = analysing_text(source.as_deref(), text.len());
        self.busy.set(Some(message.clone()));
        wasm_bindgen_futures::spawn_local(async move {
            let analysis = crate::worker::analyze(&text).await;
            state.selected.set(None);
            let id = state.library.try_update(|lib| {
                let id = lib.add_pending(source, text, page);
                lib.set_analysis(id, analysis);
                id
            });
            if state.busy.with_untracked(|b| b.as_ref() == Some(&message)) {
                state.busy.set(None);
            }
            if let Some(id) = id {
                state.tell_if_unanalysed(id);
            }
        });
    }

    /// Adds a document shown at once, plain, and highlighted when the worker
    /// has made its findings (a very long text; the rehearsal, `warmup`).
    pub fn add_plain_first(&self, source: Option<String>, text: String, page: Option<PageMeta>) {
        self.library.update(|lib| {
            lib.add_pending(source, text, page);
        });
        self.analyse_pending();
    }

    /// Tells the reader when document `id`'s findings could not be made.
    fn tell_if_unanalysed(&self, id: u64) {
        let failed = self.library.with_untracked(|l| {
            let doc = l.documents.iter().find(|d| d.id == id)?;
            Some((shown(&doc.title).to_string(), doc.unanalysed.clone()?))
        });
        if let Some((title, why)) = failed {
            self.notices.say(
                format!(
                    "The quotes, numbers and claims of “{title}” could not be found: {why}. Its text and your annotations are kept; reload the page to try again."
                ),
                true,
            );
        }
    }

    /// Has the worker make the findings of every pending document, the open
    /// one first, one after another; each document is highlighted as its
    /// findings arrive. The page never runs the core: it is not part of the
    /// page's first load. A document whose findings cannot be made is shown
    /// plain, with its annotations, and says why.
    fn analyse_pending(&self) {
        let state = *self;
        let ids: Vec<u64> = self.library.with_untracked(Library::pending);
        let ids: Vec<u64> = ids.into_iter().filter(|id| !self.requested.with_value(|r| r.contains(id))).collect();
        if ids.is_empty() {
            return;
        }
        self.requested.update_value(|r| r.extend(&ids));
        // (Restoring runs before the app is mounted, so before Leptos's
        // executor is set up.)
        wasm_bindgen_futures::spawn_local(async move {
            for id in ids {
                let text = state
                    .library
                    .with_untracked(|l| l.documents.iter().find(|d| d.id == id && d.pending).map(|d| d.text.clone()));
                if let Some(text) = text {
                    let analysis = crate::worker::analyze(&text).await;
                    drop(text);
                    state.library.update(|lib| {
                        lib.set_analysis(id, analysis);
                    });
                    state.tell_if_unanalysed(id);
                }
                state.requested.update_value(|r| r.retain(|&x| x != id));
            }
        });
    }

    pub fn open(&self, id: u64) {
        self.selected.set(None);
        self.close_check();
        let _ = self.show_article();
        self.library.update(|lib| lib.open(id));
    }

    /// On a narrow screen, shows the article's pane (a document opened, a
    /// finding selected in the panel).
    /// Returns whether it was hidden.
    pub fn show_article(&self) -> bool {
        let hidden = self.pane.with_untracked(|p| p != ARTICLE);
        if hidden {
            self.pane.set(ARTICLE.into());
        }
        hidden
    }

    /// Shows one pane of a narrow screen (the tabs), with the selected
    /// finding in view in it: its entry among the findings, its highlight
    /// in the article.
    pub fn show_pane(&self, id: &'static str) {
        self.pane.set(id.into());
        let Some(f) = self.selected.get_untracked() else { return };
        request_animation_frame(move || match id {
            ARTICLE => scroll_to(f),
            "findings" => center(".findings .finding.selected"),
            _ => {}
        });
    }

    /// Removes a document after the reader confirms; it can be undone.
    pub fn remove(&self, id: u64) {
        let Some(title) =
            self.library.with_untracked(|l| l.documents.iter().find(|d| d.id == id).map(|d| d.title.clone()))
        else {
            return;
        };
        let question =
            format!("Remove “{title}” and its annotations from the library?\n\nYou can undo this with Ctrl+Z.");
        if !window().confirm_with_message(&question).unwrap_or(false) {
            return;
        }
        self.selected.set(None);
        self.library.update(|lib| lib.remove(id));
        self.notices.say(format!("Removed “{title}”. Undo (Ctrl+Z) brings it back."), false);
    }

    /// Opens the next (or previous) document the library lists.
    pub fn step(&self, delta: isize) {
        self.selected.set(None);
        let listed = self.listed.get_value();
        self.library.update(|lib| lib.step_within(&listed, delta));
    }

    /// Accepts or rejects the selected suggestion (or puts it back to pending).
    pub fn review_selected(&self, to: Review) {
        let Some(f) = self.selected.get_untracked() else {
            self.notices.say("Select a suggestion first (j / k move between them).".into(), false);
            return;
        };
        self.library.update(|lib| {
            if let Some(key) = lib.current().and_then(|d| f.key(&d.analysis)) {
                lib.review_at(key, to, Some(js_sys::Date::now()));
            }
        });
    }

    pub fn review(&self, key: SuggestionKey, to: Review) {
        self.library.update(|lib| {
            lib.review_at(key, to, Some(js_sys::Date::now()));
        });
    }

    /// Moves the selection to the next (or previous) pending or accepted
    /// suggestion in text order, wrapping around; from one just rejected,
    /// on from where it was (`progress::step_suggestion`).
    pub fn step_suggestion(&self, delta: isize) {
        let next = self.library.with_untracked(|lib| {
            let doc = lib.current()?;
            let last = self.last_step.get_value().filter(|(id, _)| *id == doc.id).map(|(_, k)| k);
            let here = self.selected.get_untracked().and_then(|f| f.key(&doc.analysis)).or(last);
            marginalia_model::progress::step_suggestion(doc, here, delta)
                .and_then(|k| Finding::of_key(k, &doc.analysis))
        });
        if let Some(f) = next {
            self.select(f);
        }
    }

    /// Selects the next suggestion not yet reviewed after the selected one
    /// (from the top when none is selected), wrapping round; once the
    /// document is done, opens the next one with something to review; says
    /// so when the whole library is reviewed.
    pub fn next_unreviewed(&self) {
        use marginalia_model::progress;
        enum Next {
            Here(Finding),
            Document(u64),
            None(&'static str),
        }
        let next = self.library.with_untracked(|lib| {
            let doc = lib.current()?;
            if doc.pending {
                return Some(Next::None("The findings of this document are still being made."));
            }
            let here = self.selected.get_untracked().and_then(|f| f.key(&doc.analysis));
            let next = progress::next_unreviewed(doc, here).and_then(|k| Finding::of_key(k, &doc.analysis));
            Some(match (next, progress::next_document_to_review(lib)) {
                (Some(f), _) => Next::Here(f),
                (None, Some(id)) => Next::Document(id),
                (None, None) => Next::None("Every suggestion in the library is reviewed."),
            })
        });
        match next {
            Some(Next::Here(f)) => self.select(f),
            // This one is done: on to the next document to review, at its first.
            Some(Next::Document(id)) => {
                let done = self.library.with_untracked(|l| l.current().map(|d| d.title.clone())).unwrap_or_default();
                self.open(id);
                let first = self.library.with_untracked(|l| {
                    let doc = l.current()?;
                    progress::next_unreviewed(doc, None).and_then(|k| Finding::of_key(k, &doc.analysis))
                });
                self.notices.say(format!("Every suggestion in “{done}” is reviewed: on to the next document."), false);
                if let Some(f) = first {
                    let state = *self;
                    request_animation_frame(move || state.select(f));
                }
            }
            Some(Next::None(why)) => self.notices.say(why.into(), false),
            None => {}
        }
    }

    /// Tags the reader's text selection (snapped to whole words unless
    /// `exact`) with `tag`, adding the tag to the vocabulary if it is new.
    /// Returns whether an annotation was made.
    pub fn annotate_selection(&self, tag: &str, exact: bool) -> bool {
        let Some(span) = crate::selection::selected_span() else {
            self.notices.say("Select some text in the article first, then choose a tag.".into(), false);
            return false;
        };
        self.annotate_span(span, tag, exact)
    }

    /// Tags `span` of the open document (a selection held while the reader
    /// typed a new tag's name), as `annotate_selection` does.
    pub fn annotate_span(&self, span: marginalia_core::Span, tag: &str, exact: bool) -> bool {
        let now = js_sys::Date::now();
        let mut made = None;
        self.library.update(|lib| {
            let Some(text) = lib.current().map(|d| d.text.clone()) else { return };
            let span = if exact { span } else { snap_to_words(&text, span) };
            let Some(tag) = lib.add_tag(tag) else { return };
            made = lib.annotate(span, vec![tag], String::new(), now);
        });
        crate::selection::clear();
        if let Some(id) = made {
            self.selected.set(Some(Finding::Note(id)));
        }
        made.is_some()
    }

    /// Applies a tag (a chip or its number key): to the text selection when
    /// there is one, else on or off the selected annotation.
    pub fn apply_tag(&self, tag: &str, exact: bool) {
        if crate::selection::selected_span().is_some() {
            self.annotate_selection(tag, exact);
        } else if let Some(Finding::Note(id)) = self.selected.get_untracked() {
            self.toggle_tag(id, tag);
        } else {
            self.notices
                .say("Select some text in the article, or one of your annotations, then choose a tag.".into(), false);
        }
    }

    /// Adds `tag` to an annotation, or removes it if it is there.
    pub fn toggle_tag(&self, id: u64, tag: &str) {
        let now = js_sys::Date::now();
        self.library.update(|lib| {
            let Some(mut a) = lib.current().and_then(|d| d.annotations.get(id)).cloned() else { return };
            let Some(tag) = lib.add_tag(tag) else { return };
            match a.tags.iter().position(|t| *t == tag) {
                Some(i) => drop(a.tags.remove(i)),
                None => a.tags.push(tag),
            }
            lib.edit(a, now);
        });
    }

    /// Moves one end of annotation `id` by a word (see `nudge`).
    pub fn move_edge(&self, id: u64, edge: Edge, forward: bool) {
        let now = js_sys::Date::now();
        self.library.update(|lib| {
            let Some(doc) = lib.current() else { return };
            let Some(mut a) = doc.annotations.get(id).cloned() else { return };
            let span = nudge(&doc.text, a.span, edge, forward);
            if span != a.span {
                a.span = span;
                lib.edit(a, now);
            }
        });
    }

    /// The selected annotation's id, or a hint to select one.
    pub fn selected_note(&self) -> Option<u64> {
        match self.selected.get_untracked() {
            Some(Finding::Note(id)) => Some(id),
            _ => {
                self.notices
                    .say("Select one of your annotations first: click it in the article or the panel.".into(), false);
                None
            }
        }
    }

    /// Edits the note and tags of one of the reader's annotations.
    pub fn edit_note(&self, id: u64, note: String, tags: Vec<String>) {
        let now = js_sys::Date::now();
        self.library.update(|lib| {
            let Some(mut a) = lib.current().and_then(|d| d.annotations.get(id)).cloned() else { return };
            a.note = note;
            a.tags = tags;
            lib.edit(a, now);
        });
    }

    /// Corrects who said a suggested quote (`Some("")`: unknown; `None`:
    /// back to what the core found). Accepts the quote with it; undoable.
    pub fn correct_speaker(&self, key: SuggestionKey, to: Option<String>) {
        let said = match to.as_deref().map(str::trim) {
            Some("") => "Speaker set to unknown.".to_string(),
            Some(name) => format!("Speaker set to {name}."),
            None => "Speaker back to the one found in the text.".to_string(),
        };
        let changed = self.library.try_update(|lib| lib.correct_speaker(key, to)).unwrap_or(false);
        if changed {
            self.notices.say(said, false);
        }
    }

    /// Keeps the reader's check of the claim at `span` of the open document
    /// (a blank one removes it); undoable. Closes the check's form.
    pub fn check_claim(&self, span: marginalia_core::Span, check: marginalia_model::check::Check) {
        let said = if check.clone().cleaned().is_blank() {
            "Check cleared.".to_string()
        } else {
            format!("Check saved: {}.", check.clone().cleaned().summary())
        };
        let changed = self.library.try_update(|lib| lib.set_check(span, check, js_sys::Date::now())).unwrap_or(false);
        self.close_check();
        if changed {
            self.notices.say(said, false);
        }
    }

    /// Closes the open check's form, forgetting what was typed in it.
    pub fn close_check(&self) {
        self.check_draft.set_value(None);
        self.checking.set(None);
    }

    /// The span of the claim selected (a suggested claim, or the reader's
    /// own annotation tagged "claim"), if one is.
    pub fn selected_claim(&self) -> Option<marginalia_core::Span> {
        let f = self.selected.get_untracked()?;
        self.peek_library(|l| f.claim_span(l.current()?))
    }

    /// The words selected in the article, as a speaker's name.
    pub fn selected_words(&self) -> Option<String> {
        let span = crate::selection::selected_span()?;
        let text = self.library.with_untracked(|l| l.current().map(|d| span.text(&d.text).to_string()))?;
        let name = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let name = name.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
        // A name, not a paragraph: a long selection is refused.
        (!name.is_empty() && name.chars().count() <= 80).then_some(name)
    }

    /// Sets the speaker of one of the reader's own quotes (`None`: unknown).
    pub fn set_note_speaker(&self, id: u64, speaker: Option<String>) {
        let now = js_sys::Date::now();
        let speaker = speaker.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        self.library.update(|lib| {
            let Some(mut a) = lib.current().and_then(|d| d.annotations.get(id)).cloned() else { return };
            if a.speaker == speaker {
                return;
            }
            a.speaker = speaker;
            lib.edit(a, now);
        });
    }

    pub fn delete_note(&self, id: u64) {
        self.selected.set(None);
        self.library.update(|lib| {
            lib.delete_annotation(id);
        });
    }

    pub fn undo(&self) {
        let mut done = false;
        self.library.update(|lib| done = lib.undo());
        if !done {
            self.notices.say("Nothing to undo.".into(), false);
        }
    }

    pub fn redo(&self) {
        let mut done = false;
        self.library.update(|lib| done = lib.redo());
        if !done {
            self.notices.say("Nothing to redo.".into(), false);
        }
    }

    /// Opens the document of a finding the library views list and selects it
    /// there (the view closes).
    pub fn show_place(&self, origin: marginalia_model::annotation::Origin, place: marginalia_model::across::Place) {
        self.across.set(false);
        if self.library.with_untracked(|l| l.current().map(|d| d.id)) != Some(place.doc) {
            self.open(place.doc);
        }
        let found = self.library.with_untracked(|l| {
            let doc = l.current()?;
            match origin {
                // The reader's own annotation at that place.
                marginalia_model::annotation::Origin::User => {
                    doc.annotations.items.iter().find(|a| a.span == place.span).map(|a| Finding::Note(a.id))
                }
                _ => Finding::of_key(SuggestionKey::new(origin, place.span), &doc.analysis),
            }
        });
        match found {
            Some(f) => {
                let state = *self;
                // Selected once the opened document is laid out.
                request_animation_frame(move || state.select(f));
            }
            None => self.notices.say("That finding is no longer in its article.".into(), false),
        }
    }

    /// The reader says a speaker (all their spellings) is the person spelt
    /// `person`, in the view across the library; undoable.
    pub fn same_person(&self, spellings: &[String], person: &str) {
        self.library.update(|l| {
            l.same_person(spellings, person);
        });
    }

    /// The reader says `spelling` is someone else than those it was listed with; undoable.
    pub fn other_person(&self, spelling: &str) {
        self.library.update(|l| {
            l.other_person(spelling);
        });
    }

    /// Selects what the reader clicked in the article (or nothing), where
    /// it is: no scrolling; `j` goes on from it.
    pub fn pick(&self, f: Option<Finding>) {
        self.selected.set(f);
        if let Some(f) = f {
            self.remember(f);
        }
    }

    /// Where `j` goes on from after Esc: the suggestion `f`, if it is one.
    fn remember(&self, f: Finding) {
        let key = self.library.with_untracked(|l| l.current().and_then(|d| Some((d.id, f.key(&d.analysis)?))));
        if key.is_some() {
            self.last_step.set_value(key);
        }
    }

    /// Selects a finding and scrolls the article to it.
    pub fn select(&self, f: Finding) {
        self.selected.set(Some(f));
        self.remember(f);
        let at = self.library.with_untracked(|l| f.start(l.current()?));
        // In a virtualised document its paragraph may not be painted yet.
        let show = move || {
            if let Some(at) = at {
                crate::components::reveal(at);
            }
            scroll_to(f);
            // Its entry in the side panel, once marked selected.
            request_animation_frame(follow_in_panel);
        };
        // On a narrow screen the article may have been hidden: scrolled to
        // once it is laid out again.
        if self.show_article() {
            request_animation_frame(show);
        } else {
            show();
        }
    }

    /// Adds a tag to the vocabulary (and, as it is named, to nothing else).
    pub fn add_tag(&self, name: &str) {
        self.library.update(|l| {
            l.add_tag(name);
        });
    }

    /// Sets a tag's colour and key.
    pub fn set_tag(&self, name: &str, color: &str, key: Option<char>) {
        self.library.update(|l| l.set_tag(name, color, key));
    }

    /// Takes a tag out of the vocabulary; annotations keep it.
    pub fn remove_tag(&self, name: &str) {
        self.library.update(|l| l.remove_tag(name));
    }

    /// Moves the score from which claims are check-worthy.
    pub fn set_claim_threshold(&self, threshold: f32) {
        self.library.update(|l| l.set_claim_threshold(threshold));
    }

    /// Sets how exports are made (see `Library::set_export_choices`).
    pub fn set_export_choices(&self, choices: marginalia_model::document::ExportChoices) {
        self.library.update(|l| l.set_export_choices(choices));
    }

    /// Keeps the reader's edit of the verdict scale (one undoable step, the
    /// checks of a renamed verdict renamed), or says why it cannot be kept.
    pub fn set_verdicts(&self, rows: &[marginalia_model::check::ScaleRow]) -> Result<bool, String> {
        let mut result = Ok(false);
        self.library.maybe_update(|l| {
            result = l.set_verdicts(rows);
            result == Ok(true)
        });
        result
    }

    /// Accepts every one of `keys` as one step of the history.
    pub fn accept_all(&self, keys: &[SuggestionKey]) {
        self.library.update(|l| {
            l.review_all_at(keys, Review::Accepted, Some(js_sys::Date::now()));
        });
    }

    /// Applies an import the reader confirmed (see `exchange::apply_import`).
    /// On a phone, the article's pane is shown: what was imported is there.
    pub fn apply_import(&self, plan: marginalia_model::exchange::ImportPlan) {
        let _ = self.show_article();
        self.library.update(|lib| marginalia_model::exchange::apply_import(lib, plan));
        self.analyse_pending();
    }
}

/// The CSS selector of a finding's runs in the article.
pub fn finding_selector(f: Finding) -> String {
    format!(".article-body {}", run_selector(f))
}

/// The CSS selector of a finding's runs within a paragraph.
pub fn run_selector(f: Finding) -> String {
    match f {
        Finding::Quote(i) => format!("[data-quote=\"{i}\"]"),
        Finding::Number(i) => format!("[data-number=\"{i}\"]"),
        Finding::Claim(i) => format!("[data-claim=\"{i}\"]"),
        Finding::Note(id) => format!("[data-notes~=\"{id}\"]"),
    }
}

/// Scrolls the article to a finding's first highlight.
fn scroll_to(f: Finding) {
    center(&finding_selector(f));
}

/// Scrolls the side panel (not the page) so that the selected finding's
/// entry is in it: `j` on a laptop left it thousands of pixels down the
/// panel. Nothing when the panel is not shown (a phone's other pane) or the
/// entry is already in view.
fn follow_in_panel() {
    use wasm_bindgen::JsCast;
    let doc = document();
    let Some(panel) = doc.query_selector(".findings").ok().flatten() else { return };
    let Some(entry) = panel.query_selector(".finding.selected").ok().flatten() else { return };
    let (p, e) = (panel.get_bounding_client_rect(), entry.get_bounding_client_rect());
    if p.height() == 0.0 || panel.scroll_height() <= panel.client_height() {
        return;
    }
    // To the nearer edge, with a margin: a click on an entry half in view
    // moves it only as far as it must.
    const MARGIN: f64 = 24.0;
    let by = if e.top() < p.top() {
        e.top() - p.top() - MARGIN
    } else if e.bottom() > p.bottom() {
        (e.bottom() - p.bottom() + MARGIN).min(e.top() - p.top() - MARGIN)
    } else {
        return;
    };
    if let Ok(panel) = panel.dyn_into::<web_sys::HtmlElement>() {
        panel.set_scroll_top(panel.scroll_top() + by.round() as i32);
    }
}

/// Scrolls the first element `selector` finds to the middle of the view:
/// at its edge it would sit under the tag bar at the bottom (or the header
/// at the top).
fn center(selector: &str) {
    use wasm_bindgen::JsCast;
    let el = document().query_selector(selector).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
