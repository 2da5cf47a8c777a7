//! Precision, recall and F1 of check-worthy decisions.

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub tn: usize,
}

impl Counts {
    /// The counts of `scores` at `threshold` against `labels`.
    pub fn at(scores: &[f32], labels: &[bool], threshold: f32) -> Self {
        let mut c = Counts::default();
        for (&s, &y) in scores.iter().zip(labels) {
            match (s >= threshold, y) {
                (true, true) => c.tp += 1,
                (true, false) => c.fp += 1,
                (false, true) => c.fn_ += 1,
                (false, false) => c.tn += 1,
            }
        }
        c
    }

    pub fn precision(&self) -> f32 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f32 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f32 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }

    /// Share of examples marked.
    pub fn marked(&self) -> f32 {
        ratio(self.tp + self.fp, self.tp + self.fp + self.fn_ + self.tn)
    }
}

fn ratio(a: usize, b: usize) -> f32 {
    if b == 0 { 0.0 } else { a as f32 / b as f32 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_f1() {
        let c = Counts::at(&[0.9, 0.8, 0.2, 0.6], &[true, false, true, false], 0.5);
        assert_eq!(c, Counts { tp: 1, fp: 2, fn_: 1, tn: 0 });
        assert!((c.precision() - 1.0 / 3.0).abs() < 1e-6);
        assert!((c.recall() - 0.5).abs() < 1e-6);
        assert!((c.f1() - 0.4).abs() < 1e-6);
    }
}
