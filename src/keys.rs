//! Keyboard shortcuts: which key does what. A plain function of the key and
//! its modifiers, so the table is tested natively; the app wires it to
//! `keydown` outside text fields.

use marginalia_model::annotation::Edge;

/// What a shortcut asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    NextSuggestion,
    PreviousSuggestion,
    /// The next suggestion not yet accepted or rejected.
    NextUnreviewed,
    Accept,
    Reject,
    Pending,
    /// Tag the selected text with the tag whose key this is; `exact` keeps
    /// the selection as it is (Shift).
    Tag {
        key: char,
        exact: bool,
    },
    /// Move one end of the selected annotation by a word.
    MoveEdge {
        edge: Edge,
        forward: bool,
    },
    /// Delete the selected annotation.
    Delete,
    /// Edit who said the selected quote.
    EditSpeaker,
    /// Open the check of the selected claim (verdict, evidence, claimant).
    CheckClaim,
    /// Show or hide what the library says across its documents.
    Across,
    Undo,
    Redo,
    NextDocument,
    PreviousDocument,
    Help,
    Search,
    Escape,
}

/// The action for a key press (`key` as `KeyboardEvent.key` gives it), if any.
/// `code_digit` is the digit of `KeyboardEvent.code` ("Digit3" → '3'), which
/// stays a digit when Shift turns the key into a symbol.
pub fn action(key: &str, code_digit: Option<char>, ctrl: bool, shift: bool, alt: bool) -> Option<Action> {
    use Action::*;
    if alt {
        return match key {
            "ArrowDown" => Some(NextDocument),
            "ArrowUp" => Some(PreviousDocument),
            "ArrowRight" if shift => Some(MoveEdge { edge: Edge::Start, forward: true }),
            "ArrowLeft" if shift => Some(MoveEdge { edge: Edge::Start, forward: false }),
            _ => None,
        };
    }
    if ctrl {
        return match key.to_ascii_lowercase().as_str() {
            "z" if shift => Some(Redo),
            "z" => Some(Undo),
            "y" => Some(Redo),
            _ => None,
        };
    }
    if let Some(d) = code_digit.filter(|d| ('1'..='9').contains(d)) {
        return Some(Tag { key: d, exact: shift });
    }
    Some(match key {
        "ArrowRight" if shift => MoveEdge { edge: Edge::End, forward: true },
        "ArrowLeft" if shift => MoveEdge { edge: Edge::End, forward: false },
        "Delete" | "Backspace" => Delete,
        "j" | "ArrowRight" => NextSuggestion,
        "k" | "ArrowLeft" => PreviousSuggestion,
        "n" => NextUnreviewed,
        "a" => Accept,
        "x" => Reject,
        "p" => Pending,
        "s" => EditSpeaker,
        "c" => CheckClaim,
        "w" => Across,
        "?" => Help,
        "/" => Search,
        "Escape" => Escape,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::Action::*;
    use super::*;

    /// key, code digit, ctrl, shift, alt → action
    type Case = (&'static str, Option<char>, bool, bool, bool, Option<Action>);

    #[test]
    fn the_shortcut_table() {
        let cases: &[Case] = &[
            ("j", None, false, false, false, Some(NextSuggestion)),
            ("k", None, false, false, false, Some(PreviousSuggestion)),
            ("n", None, false, false, false, Some(NextUnreviewed)),
            ("N", None, false, true, false, None),
            ("a", None, false, false, false, Some(Accept)),
            ("x", None, false, false, false, Some(Reject)),
            ("p", None, false, false, false, Some(Pending)),
            ("s", None, false, false, false, Some(EditSpeaker)),
            ("c", None, false, false, false, Some(CheckClaim)),
            ("w", None, false, false, false, Some(Across)),
            ("3", Some('3'), false, false, false, Some(Tag { key: '3', exact: false })),
            ("#", Some('3'), false, true, false, Some(Tag { key: '3', exact: true })),
            ("0", Some('0'), false, false, false, None),
            ("z", None, true, false, false, Some(Undo)),
            ("Z", None, true, true, false, Some(Redo)),
            ("y", None, true, false, false, Some(Redo)),
            ("c", None, true, false, false, None),
            ("ArrowDown", None, false, false, true, Some(NextDocument)),
            ("ArrowUp", None, false, false, true, Some(PreviousDocument)),
            ("?", None, false, true, false, Some(Help)),
            ("/", None, false, false, false, Some(Search)),
            ("Escape", None, false, false, false, Some(Escape)),
            ("q", None, false, false, false, None),
            ("ArrowRight", None, false, false, false, Some(NextSuggestion)),
            ("ArrowRight", None, false, true, false, Some(MoveEdge { edge: Edge::End, forward: true })),
            ("ArrowLeft", None, false, true, false, Some(MoveEdge { edge: Edge::End, forward: false })),
            ("ArrowRight", None, false, true, true, Some(MoveEdge { edge: Edge::Start, forward: true })),
            ("ArrowLeft", None, false, true, true, Some(MoveEdge { edge: Edge::Start, forward: false })),
            ("ArrowLeft", None, false, false, true, None),
            ("Delete", None, false, false, false, Some(Delete)),
            ("Backspace", None, false, false, false, Some(Delete)),
        ];
        for &(key, digit, ctrl, shift, alt, want) in cases {
            assert_eq!(action(key, digit, ctrl, shift, alt), want, "{key} ctrl={ctrl} shift={shift} alt={alt}");
        }
    }
}
