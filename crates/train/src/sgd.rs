//! L2-regularised logistic regression, fitted by AdaGrad stochastic
//! gradient descent over sparse rows in a seeded order.

use crate::Row;
use crate::data::shuffled;

#[derive(Debug, Clone, Copy)]
pub struct Params {
    pub epochs: usize,
    /// AdaGrad's base step.
    pub rate: f32,
    /// L2 strength per update of a feature.
    pub l2: f32,
    /// Weight of a positive example (the classes are 1 : 3).
    pub positive: f32,
}

impl Default for Params {
    fn default() -> Self {
        Self { epochs: 12, rate: 0.2, l2: 1e-4, positive: 1.0 }
    }
}

pub struct Weights {
    pub bias: f32,
    pub w: Vec<f32>,
}

/// How many orders of the examples a fit averages over: one order's
/// weights depend on it by chance (README, "Check-worthy claims"). Five
/// left the never-trained wire set swinging by 0.025 when 13 labels went;
/// fifteen, by 0.003 (session 32).
pub const ORDERS: u64 = 15;

/// Fits weights on the rows `train` (indices into `rows`) with `dim`
/// features: the mean of the weights fitted in [`ORDERS`] seeded orders.
pub fn fit(rows: &[Row], train: &[usize], dim: usize, p: &Params) -> Weights {
    let mut mean = Weights { bias: 0.0, w: vec![0.0; dim] };
    for order in 0..ORDERS {
        let one = fit_in_order(rows, train, dim, p, crate::SEED + 1 + 100 * order);
        mean.bias += one.bias / ORDERS as f32;
        for (m, x) in mean.w.iter_mut().zip(&one.w) {
            *m += x / ORDERS as f32;
        }
    }
    mean
}

/// Fits weights in one order of the examples, from `seed`.
fn fit_in_order(rows: &[Row], train: &[usize], dim: usize, p: &Params, seed: u64) -> Weights {
    let mut w = vec![0.0f32; dim];
    let mut g2 = vec![0.0f32; dim];
    let (mut bias, mut b2) = (0.0f32, 0.0f32);
    for epoch in 0..p.epochs {
        for k in shuffled(train.len(), seed + epoch as u64) {
            let row = &rows[train[k]];
            let z = bias + row.x.iter().map(|&(j, v)| w[j as usize] * v).sum::<f32>();
            let prob = 1.0 / (1.0 + (-z).exp());
            let (target, weight) = if row.y { (1.0, p.positive * row.weight) } else { (0.0, row.weight) };
            let g = (prob - target) * weight;
            b2 += g * g;
            bias -= p.rate * g / (b2.sqrt() + 1e-6);
            for &(j, v) in &row.x {
                let j = j as usize;
                let gj = g * v + p.l2 * w[j];
                g2[j] += gj * gj;
                w[j] -= p.rate * gj / (g2[j].sqrt() + 1e-6);
            }
        }
    }
    Weights { bias, w }
}
