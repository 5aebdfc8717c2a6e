//! The `plainplan` command line.

mod cli;

/// A plan check makes many small allocations; mimalloc serves them faster than the
/// system allocator, which matters when `score` checks thousands of plans.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(cli::run());
}
