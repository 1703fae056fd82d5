//! Which NumPy is emulated: 2 (NEP 50 promotion, NumPy 2 reprs; the default) or 1 (Legacy
//! value-based promotion, NumPy 1.x scalar reprs), chosen by `numrs.install_as_numpy`.

use numrs::format::PrintOptions;
use numrs::PromotionMode;
use pyo3::prelude::*;
use std::sync::atomic::{AtomicU8, Ordering};

static VERSION: AtomicU8 = AtomicU8::new(2);

/// True when emulating NumPy 1.x.
pub fn legacy() -> bool {
    VERSION.load(Ordering::Relaxed) == 1
}

/// The promotion mode of the emulated version.
pub fn promotion() -> PromotionMode {
    if legacy() {
        PromotionMode::Legacy
    } else {
        PromotionMode::Weak
    }
}

/// The print options of the emulated version.
pub fn print_options() -> PrintOptions {
    PrintOptions {
        legacy_1x: legacy(),
        ..PrintOptions::default()
    }
}

/// `numrs._set_numpy_version(v)`: 1 or 2.
#[pyfunction]
pub fn _set_numpy_version(version: u8) -> PyResult<()> {
    if version != 1 && version != 2 {
        return Err(pyo3::exceptions::PyValueError::new_err(format!(
            "numrs emulates NumPy 1 or 2, not {version}"
        )));
    }
    VERSION.store(version, Ordering::Relaxed);
    Ok(())
}

/// `numrs._numpy_version()`: the emulated major version.
#[pyfunction]
pub fn _numpy_version() -> u8 {
    VERSION.load(Ordering::Relaxed)
}
