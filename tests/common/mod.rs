//! What several test files share.

use plainplan::{Checker, Config, Format, Report, Source};

/// Checks `text` as one plan, as the editor does.
pub fn check(text: &str, format: Format, config: &Config) -> Result<Report, String> {
    Checker::new(config.clone()).check(&Source::new(text, format))
}
