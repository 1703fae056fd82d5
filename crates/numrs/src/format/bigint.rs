//! A minimal arbitrary precision unsigned integer, just big enough for the
//! exact decimal digit generation in [`super::float`].

use std::cmp::Ordering;

/// Little-endian base-2^32 unsigned integer with no trailing zero limbs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct BigUint {
    limbs: Vec<u32>,
}

impl BigUint {
    /// The value `v`.
    pub(crate) fn from_u64(v: u64) -> Self {
        let mut b = BigUint {
            limbs: vec![v as u32, (v >> 32) as u32],
        };
        b.normalize();
        b
    }

    /// The value `2^n`.
    pub(crate) fn pow2(n: u32) -> Self {
        let mut b = BigUint::from_u64(1);
        b.shl(n);
        b
    }

    fn normalize(&mut self) {
        while self.limbs.last() == Some(&0) {
            self.limbs.pop();
        }
    }

    /// Shift left by `n` bits in place.
    pub(crate) fn shl(&mut self, n: u32) {
        if self.limbs.is_empty() {
            return;
        }
        let words = (n / 32) as usize;
        let bits = n % 32;
        if bits != 0 {
            let mut carry = 0u32;
            for limb in &mut self.limbs {
                let next = *limb >> (32 - bits);
                *limb = (*limb << bits) | carry;
                carry = next;
            }
            if carry != 0 {
                self.limbs.push(carry);
            }
        }
        if words != 0 {
            let mut v = vec![0u32; words];
            v.extend_from_slice(&self.limbs);
            self.limbs = v;
        }
    }

    /// Multiply in place by a small factor.
    pub(crate) fn mul_small(&mut self, m: u32) {
        let mut carry = 0u64;
        for limb in &mut self.limbs {
            let p = u64::from(*limb) * u64::from(m) + carry;
            *limb = p as u32;
            carry = p >> 32;
        }
        if carry != 0 {
            self.limbs.push(carry as u32);
        }
        self.normalize();
    }

    /// Multiply in place by `10^k`.
    pub(crate) fn mul_pow10(&mut self, mut k: u32) {
        while k >= 9 {
            self.mul_small(1_000_000_000);
            k -= 9;
        }
        if k > 0 {
            self.mul_small(10u32.pow(k));
        }
    }

    /// `self + other`.
    pub(crate) fn add(&self, other: &BigUint) -> BigUint {
        let n = self.limbs.len().max(other.limbs.len());
        let mut out = Vec::with_capacity(n + 1);
        let mut carry = 0u64;
        for i in 0..n {
            let a = u64::from(self.limbs.get(i).copied().unwrap_or(0));
            let b = u64::from(other.limbs.get(i).copied().unwrap_or(0));
            let s = a + b + carry;
            out.push(s as u32);
            carry = s >> 32;
        }
        if carry != 0 {
            out.push(carry as u32);
        }
        let mut b = BigUint { limbs: out };
        b.normalize();
        b
    }

    /// `self -= other`; requires `self >= other`.
    fn sub_assign(&mut self, other: &BigUint) {
        let mut borrow = 0i64;
        for i in 0..self.limbs.len() {
            let a = i64::from(self.limbs[i]);
            let b = i64::from(other.limbs.get(i).copied().unwrap_or(0));
            let mut d = a - b - borrow;
            if d < 0 {
                d += 1 << 32;
                borrow = 1;
            } else {
                borrow = 0;
            }
            self.limbs[i] = d as u32;
        }
        self.normalize();
    }

    /// Replace `self` by `self mod divisor` and return `self / divisor`, which
    /// must be below 10 (the caller keeps `self < 10 * divisor`).
    pub(crate) fn div_rem_digit(&mut self, divisor: &BigUint) -> u32 {
        let mut q = 0;
        while q < 9 && Ord::cmp(&*self, divisor) != Ordering::Less {
            self.sub_assign(divisor);
            q += 1;
        }
        q
    }

    /// Whether the value is zero.
    #[cfg(test)]
    pub(crate) fn is_zero(&self) -> bool {
        self.limbs.is_empty()
    }
}

impl PartialOrd for BigUint {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for BigUint {
    fn cmp(&self, other: &Self) -> Ordering {
        self.limbs
            .len()
            .cmp(&other.limbs.len())
            .then_with(|| self.limbs.iter().rev().cmp(other.limbs.iter().rev()))
    }
}

#[cfg(test)]
mod tests {
    use super::BigUint;

    #[test]
    fn arithmetic() {
        let mut a = BigUint::from_u64(u64::MAX);
        a.shl(40);
        let mut b = BigUint::from_u64(u64::MAX);
        b.mul_small(1 << 20);
        b.mul_small(1 << 20);
        assert_eq!(a, b);
        let mut t = BigUint::from_u64(7);
        t.mul_pow10(20);
        let mut d = BigUint::from_u64(1);
        d.mul_pow10(20);
        assert_eq!(t.div_rem_digit(&d), 7);
        assert!(t.is_zero());
        assert_eq!(
            BigUint::pow2(64).add(&BigUint::from_u64(1)).limbs,
            vec![1, 0, 1]
        );
    }
}
