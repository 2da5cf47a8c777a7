//! The messages shown to the reader: errors with a file, what happened.

use std::time::Duration;

use leptos::prelude::*;

/// A message shown to the reader.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub id: u64,
    pub text: String,
    pub error: bool,
    /// How many times it was said.
    pub count: u32,
}

/// How long a notice that is not an error stays.
const NOTICE_SECONDS: u64 = 8;

/// The notices on screen.
#[derive(Clone, Copy)]
pub struct Notices {
    list: RwSignal<Vec<Notice>>,
    next: RwSignal<u64>,
}

impl Notices {
    pub fn new() -> Self {
        Self { list: RwSignal::new(Vec::new()), next: RwSignal::new(0) }
    }

    /// What is shown, oldest first (tracked).
    pub fn shown(&self) -> Vec<Notice> {
        self.list.get()
    }

    /// Shows a notice. The same text again is one notice with a count, not
    /// a pile; a message that is not an error goes away by itself after
    /// `NOTICE_SECONDS` (errors stay until dismissed).
    pub fn say(&self, text: String, error: bool) {
        let id = self.next.get_untracked();
        self.next.set(id + 1);
        self.list.update(|n| add_notice(n, Notice { id, text, error, count: 1 }));
        if !error {
            let notices = *self;
            set_timeout(move || notices.dismiss(id), Duration::from_secs(NOTICE_SECONDS));
        }
    }

    pub fn dismiss(&self, id: u64) {
        // A timer may outlive the app (a test's mount): nothing to do then.
        let _ = self.list.try_update(|n| n.retain(|x| x.id != id));
    }
}

impl Default for Notices {
    fn default() -> Self {
        Self::new()
    }
}

/// How many messages that are not errors show at once: a burst of exports
/// is the last three, not a column over the side panel.
const MAX_MESSAGES: usize = 3;

/// Adds `notice` to `list`; one with the same text and kind is taken out
/// and counted in, so it shows once, last, under the new id (whose timer
/// then decides when it goes). Past `MAX_MESSAGES` messages the oldest
/// goes; errors stay until dismissed.
fn add_notice(list: &mut Vec<Notice>, mut notice: Notice) {
    if let Some(i) = list.iter().position(|n| n.text == notice.text && n.error == notice.error) {
        notice.count += list.remove(i).count;
    }
    list.push(notice);
    while list.iter().filter(|n| !n.error).count() > MAX_MESSAGES {
        let Some(oldest) = list.iter().position(|n| !n.error) else { break };
        list.remove(oldest);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_notice_again_is_counted_not_piled() {
        let notice = |id, text: &str, error| Notice { id, text: text.into(), error, count: 1 };
        let mut list = Vec::new();
        for id in 0..6 {
            add_notice(&mut list, notice(id, "Nothing to undo.", false));
        }
        add_notice(&mut list, notice(6, "Saved elsewhere.", true));
        add_notice(&mut list, notice(7, "Nothing to undo.", true));
        let shown: Vec<(u64, &str, bool, u32)> =
            list.iter().map(|n| (n.id, n.text.as_str(), n.error, n.count)).collect();
        assert_eq!(
            shown,
            [(5, "Nothing to undo.", false, 6), (6, "Saved elsewhere.", true, 1), (7, "Nothing to undo.", true, 1)]
        );
    }

    #[test]
    fn a_burst_of_messages_shows_the_last_three_and_every_error() {
        let notice = |id, text: &str, error| Notice { id, text: text.into(), error, count: 1 };
        let mut list = Vec::new();
        add_notice(&mut list, notice(0, "Storage is full.", true));
        for (id, name) in ["a.json", "a.csv", "a.jsonl", "a.w3c.json", "a.txt"].iter().enumerate() {
            add_notice(&mut list, notice(id as u64 + 1, &format!("Exported {name}."), false));
        }
        let shown: Vec<&str> = list.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(shown, ["Storage is full.", "Exported a.jsonl.", "Exported a.w3c.json.", "Exported a.txt."]);
    }
}
