pub use plainplan::VERSION;
